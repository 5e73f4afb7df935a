package dev.backoff.tck;

import org.opentest4j.TestAbortedException;

/**
 * A test skipped because the runner's container cannot do what a {@link Feature} names ({@link Tck#requires}): the
 * results record the feature, and {@code tck/report} accepts a skip only when the runner declares that feature
 * unsupported.
 */
final class Unsupported extends TestAbortedException {

    private final Feature feature;

    Unsupported(Feature feature, String reason) {
        super(reason);
        this.feature = feature;
    }

    Feature feature() {
        return feature;
    }
}
