package dev.backoff.docs.guide.server;

/** What the guide's client calls: a quote service, as a REST client interface would be. */
public interface Prices {
    /** @throws jakarta.ws.rs.WebApplicationException on a 429 or 503, as a REST client throws it */
    double quote(String symbol);
}
