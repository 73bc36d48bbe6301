package com.pazpaz.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The benchmark's HTTP client: one shared connection pool, JSON in and out. */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    Http(String token) {
        this.token = token;
    }

    /** POSTs JSON; returns the parsed body of a 2xx answer, or null. */
    JsonNode post(String url, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request(url)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() / 100 == 2 ? JSON.readTree(response.body()) : null;
    }

    int get(String url) throws IOException, InterruptedException {
        return client.send(request(url).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    JsonNode getJson(String url) throws IOException, InterruptedException {
        return JSON.readTree(client.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }
}
