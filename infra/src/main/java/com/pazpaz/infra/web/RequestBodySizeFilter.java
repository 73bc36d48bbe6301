package com.pazpaz.infra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a JSON body larger than {@link JsonInputLimits#MAX_BODY_BYTES} with a 413 problem before anything
 * reads it, so that no caller can make a service parse or hold megabytes of JSON. A body without a length
 * (chunked) is refused as well: our clients always send one. File uploads (multipart) have their own limits.
 */
public class RequestBodySizeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isJson(request) && tooLarge(request)) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                            + "\"detail\":\"A JSON request body may hold at most " + JsonInputLimits.MAX_BODY_BYTES
                            + " bytes, with a Content-Length\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the request says its body is JSON ({@code application/json}, {@code application/merge-patch+json}). */
    public static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().contains("json");
    }

    private static boolean tooLarge(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        return length > JsonInputLimits.MAX_BODY_BYTES || (length < 0 && chunked);
    }
}
