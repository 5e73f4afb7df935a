package dev.backoff.event;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;

/**
 * An attempt succeeded and its value is about to be returned. Fired to the policy's listeners, then to CDI
 * observers, on the thread that runs the retry loop. Built only when someone listens.
 *
 * @param name      the policy's {@code name}, or {@code ""}
 * @param beanClass the class that declares the annotation
 * @param method    the intercepted method
 * @param args      the call's arguments, unmodifiable
 * @param tries     the number of attempts made in this call, the successful one included
 * @param elapsed   the time from the start of the call to the start of the successful attempt
 * @param value     the returned value ({@code null} for {@code void})
 * @param exception always {@code null}
 */
public record SuccessEvent(String name, Class<?> beanClass, Method method, List<Object> args, int tries,
                           Duration elapsed, Object value, Throwable exception) {
}
