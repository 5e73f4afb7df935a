package dev.backoff.docs.start;

import dev.backoff.testing.VirtualTime;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

// region example
/** The clock and scheduler of these tests: VirtualTime, selected for the whole application by its priority. */
@Alternative
@Priority(1)
@Singleton
public class TestTime extends VirtualTime {
}
// endregion
