package com.pazpaz.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The benchmark's HTTP client for one token: one connection pool shared by all tokens, JSON in and out. */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient SHARED =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpClient client = SHARED;
    private final String token;

    Http(String token) {
        this.token = token;
    }

    /** POSTs JSON; returns the parsed body of a 2xx answer, or null. */
    JsonNode post(String url, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                request(url)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() / 100 == 2 ? JSON.readTree(response.body()) : null;
    }

    /** PATCHes JSON; true on a 2xx answer. */
    boolean patch(String url, String json) throws IOException, InterruptedException {
        HttpResponse<Void> response = client.send(
                request(url)
                        .header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode() / 100 == 2;
    }

    int get(String url) throws IOException, InterruptedException {
        return client.send(request(url).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    JsonNode getJson(String url) throws IOException, InterruptedException {
        return JSON.readTree(client.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body());
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }
}
