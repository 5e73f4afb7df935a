package dev.backoff.docs.guide.budget;

import java.time.Duration;

/** The application's client of a store that all its replicas share: Redis, a database, a counting service. */
public interface SharedCounters {

    /** Adds {@code delta} to the counter {@code key} (made at zero, dropped {@code expireAfter} later); its new value. */
    long add(String key, long delta, Duration expireAfter);

    /** The counter's value, zero when there is none. */
    long get(String key);
}
