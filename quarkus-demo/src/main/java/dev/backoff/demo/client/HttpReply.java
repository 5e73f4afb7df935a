package dev.backoff.demo.client;

import jakarta.ws.rs.core.Response;

/** An HTTP answer read to the end: status, {@code Retry-After} header (or {@code null}) and body. */
public record HttpReply(int status, String retryAfter, String body) {

    /** Reads {@code response} and closes it. */
    public static HttpReply of(Response response) {
        try (response) {
            return new HttpReply(response.getStatus(), response.getHeaderString("Retry-After"),
                    response.hasEntity() ? response.readEntity(String.class) : "");
        }
    }

    @Override
    public String toString() {
        return "HTTP " + status + (retryAfter == null ? "" : " Retry-After: " + retryAfter) + " " + body;
    }
}
