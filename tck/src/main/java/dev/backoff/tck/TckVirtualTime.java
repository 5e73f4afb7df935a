package dev.backoff.tck;

import dev.backoff.testing.VirtualTime;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * {@link VirtualTime} selected for the whole application by its priority, which every CDI container honours (SPEC
 * 7.3): the clock and scheduler of every TCK test that does not ask for real time.
 */
@Alternative
@Priority(1)
@Singleton
public class TckVirtualTime extends VirtualTime {
}
