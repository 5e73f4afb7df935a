package dev.backoff.tck.containers;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Feature;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.tck.support.Library;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.spi.Extension;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 7.1: the library's own beans are registered once, whatever the discovery mode. Here every class of the library
 * jar is a bean class of the deployment, as in an archive with {@code bean-discovery-mode="all"} (an uber-jar, or a
 * WAR whose classes include the library's): the deployment starts (no ambiguous {@code Sites}), and one retry loop
 * runs per call (no second interceptor).
 */
@Spec("7.1")
class DiscoveryModeAllTest {

    @Test
    void everyLibraryClassDiscoveredChangesNothing() {
        Tck.requires(Feature.DISCOVERY_MODE_ALL);
        List<Class<?>> beans = new ArrayList<>(List.of(Api.class));
        // a container never makes a bean of an extension class, and every runner adds the extension itself
        Library.classes().stream().filter(c -> !Extension.class.isAssignableFrom(c)
                && !BuildCompatibleExtension.class.isAssignableFrom(c)).forEach(beans::add);

        try (Deployed deployed = Tck.start(beans.toArray(Class<?>[]::new))) {
            Api api = deployed.get(Api.class);

            assertThatThrownBy(api::fetch).hasMessage("down 3");
            assertThat(api.calls()).isEqualTo(3);
        }
    }

    @ApplicationScoped
    public static class Api {
        private final AtomicInteger calls = new AtomicInteger();

        public int calls() {
            return calls.get();
        }

        @Backoff(on = IOException.class, maxTries = 3, jitter = Jitter.NONE)
        public String fetch() throws IOException {
            throw new IOException("down " + calls.incrementAndGet());
        }
    }
}
