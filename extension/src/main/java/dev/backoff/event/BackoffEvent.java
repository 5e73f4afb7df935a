package dev.backoff.event;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;

/**
 * An attempt failed and the call will wait {@link #waitTime()} before trying again. Fired to the policy's
 * listeners, then to CDI observers ({@code @Observes BackoffEvent}), synchronously, on the thread that runs the
 * retry loop, before the wait. Built only when someone listens.
 *
 * @param name      the policy's {@code name}, or {@code ""}
 * @param beanClass the class that declares the annotation (the class the user wrote, never a proxy)
 * @param method    the intercepted method
 * @param args      the call's arguments, unmodifiable (elements may be {@code null})
 * @param tries     the number of attempts made so far in this call, the failed one included (1-based)
 * @param elapsed   the time from the start of the call to the start of the failed attempt
 * @param value     the value the failed attempt returned, when {@code retryIf} rejected it; otherwise {@code null}
 * @param exception the exception the failed attempt threw; {@code null} for a value failure
 * @param waitTime  the wait that follows, after jitter and {@code maxTime} truncation; never negative
 * @param serverDirected whether the server decided the wait ({@code Retry-After} and the like, see
 *                  {@code Backoff.retryAfter()}), rather than the policy's strategy
 */
public record BackoffEvent(String name, Class<?> beanClass, Method method, List<Object> args, int tries,
                           Duration elapsed, Object value, Throwable exception, Duration waitTime,
                           boolean serverDirected) {
}
