package dev.backoff.testing;

import dev.backoff.spi.VirtualTime;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * {@link VirtualTime} selected for the whole application by its priority, the way a CDI Lite test selects it when
 * nothing else does (Quarkus would use {@code quarkus.arc.selected-alternatives}).
 */
@Alternative
@Priority(1)
@Singleton
public class SelectedVirtualTime extends VirtualTime {
}
