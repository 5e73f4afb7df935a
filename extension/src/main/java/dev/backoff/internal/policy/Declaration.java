package dev.backoff.internal.policy;

import dev.backoff.Backoff;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where a method's {@code @Backoff} layers come from: the method's own annotations, or its class's.
 *
 * @param declaringClass the class whose declaration carries the annotations: the method's declaring class, or for
 *                       a class annotation the class (possibly a superclass of the bean) that declares it
 * @param method         the intercepted method
 * @param classLevel     whether the layers are the class's
 * @param layers         the annotations, outermost first
 */
public record Declaration(Class<?> declaringClass, Method method, boolean classLevel, Backoff[] layers) {

    /** The method as problem messages name it: {@code com.acme.Api.fetch(java.lang.String)}. */
    public String where() {
        String params = Arrays.stream(method.getParameterTypes()).map(Class::getTypeName)
                .collect(Collectors.joining(", "));
        return method.getDeclaringClass().getName() + "." + method.getName() + "(" + params + ")";
    }

    /** The prefix of this declaration's own config keys (SPEC 5.2, first rule), up to and including {@code Backoff/}. */
    String sitePrefix() {
        return classLevel
                ? declaringClass.getName() + "/Backoff/"
                : declaringClass.getName() + "/" + method.getName() + "/Backoff/";
    }
}
