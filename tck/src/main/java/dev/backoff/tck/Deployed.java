package dev.backoff.tck;

import jakarta.enterprise.inject.se.SeContainer;

/** A running container of a TCK test: look beans up, then close it. */
public interface Deployed extends AutoCloseable {

    /** The bean of exactly this type (default qualifier); fails if there is none or more than one. */
    <T> T get(Class<T> type);

    /** Stops the container: pre-destroy callbacks and the container's shutdown events run. */
    @Override
    void close();

    /** A running SE container (Weld SE, Helidon, OpenWebBeans SE) as a TCK deployment. */
    static Deployed of(SeContainer container) {
        return new Deployed() {
            @Override
            public <T> T get(Class<T> type) {
                return container.select(type).get();
            }

            @Override
            public void close() {
                container.close();
            }
        };
    }
}
