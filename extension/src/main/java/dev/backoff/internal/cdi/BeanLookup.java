package dev.backoff.internal.cdi;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanContainer;

import java.lang.annotation.Annotation;
import java.util.Set;

/** Looks a bean up through the {@link BeanContainer}, as the library does at startup (never on the call path). */
final class BeanLookup {

    private BeanLookup() {
    }

    /** A reference to the bean of {@code type} (its resolved one when several), or {@code null} when there is none. */
    static <T> T find(BeanContainer beans, Class<T> type, Annotation... qualifiers) {
        Set<Bean<?>> candidates = beans.getBeans(type, qualifiers);
        if (candidates.isEmpty()) {
            return null;
        }
        Bean<?> bean = beans.resolve(candidates);
        return type.cast(beans.getReference(bean, type, beans.createCreationalContext(bean)));
    }
}
