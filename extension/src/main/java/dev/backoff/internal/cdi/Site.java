package dev.backoff.internal.cdi;

import dev.backoff.internal.policy.Policy;

import java.util.Map;

/**
 * The policies of one intercepted method. Usually one list of layers; when beans that inherit the method get it
 * from different class annotations, a list per bean class, found from the intercepted instance.
 */
final class Site {

    private final Policy[] layers;
    private final Map<Class<?>, Policy[]> byBeanClass;

    private Site(Policy[] layers, Map<Class<?>, Policy[]> byBeanClass) {
        this.layers = layers;
        this.byBeanClass = byBeanClass;
    }

    static Site of(Policy[] layers) {
        return new Site(layers, null);
    }

    static Site perBeanClass(Map<Class<?>, Policy[]> byBeanClass) {
        return new Site(null, Map.copyOf(byBeanClass));
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
