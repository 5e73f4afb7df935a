package dev.backoff.internal.cdi;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

/**
 * Whether a request context has ended: one instance per request, destroyed with it. Weld can carry a request's
 * instances to another thread, but cannot tell whether that request is over; this bean, made in the request when an
 * asynchronous call captures it, can.
 */
@RequestScoped
public class RequestLiveness {

    private volatile boolean ended;

    /** Whether the request this instance belongs to has ended. */
    public boolean ended() {
        return ended;
    }

    @PreDestroy
    void end() {
        ended = true;
    }
}
