package dev.backoff.internal.cdi;

import dev.backoff.internal.policy.Policy;

import java.util.Map;

/**
 * The policies of one intercepted method and the loop that serves it. Usually one list of layers; when beans that
 * inherit the method get it from different class annotations, a list per bean class, found from the intercepted
 * instance.
 */
final class Site {

    final ReturnKind kind;
    private final Policy[] layers;
    private final Map<Class<?>, Policy[]> byBeanClass;

    private Site(ReturnKind kind, Policy[] layers, Map<Class<?>, Policy[]> byBeanClass) {
        this.kind = kind;
        this.layers = layers;
        this.byBeanClass = byBeanClass;
    }

    static Site of(ReturnKind kind, Policy[] layers) {
        return new Site(kind, layers, null);
    }

    static Site perBeanClass(ReturnKind kind, Map<Class<?>, Policy[]> byBeanClass) {
        return new Site(kind, null, Map.copyOf(byBeanClass));
    }

    /** The layers, outermost first, for a call on {@code target} (a proxy or subclass of a bean class). */
    Policy[] layers(Object target) {
        if (layers != null) {
            return layers;
        }
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            Policy[] found = byBeanClass.get(type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
