package dev.backoff.event;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;

/**
 * The call gives up: the last exception is about to be rethrown (or {@code null} returned, with
 * {@code raiseOnGiveup = false}), or the last value returned. Fired to the policy's listeners, then to CDI
 * observers, on the thread that runs the retry loop. Built only when someone listens.
 *
 * @param name      the policy's {@code name}, or {@code ""}
 * @param beanClass the class that declares the annotation
 * @param method    the intercepted method
 * @param args      the call's arguments, unmodifiable
 * @param tries     the number of attempts made in this call
 * @param elapsed   the time from the start of the call to the start of the last attempt
 * @param value     the last returned value, for a value failure; otherwise {@code null}
 * @param exception the last exception; {@code null} for a value failure
 * @param reason    why the call gave up: the first that holds, in {@link GiveupReason}'s order
 */
public record GiveupEvent(String name, Class<?> beanClass, Method method, List<Object> args, int tries,
                          Duration elapsed, Object value, Throwable exception, GiveupReason reason) {
}
