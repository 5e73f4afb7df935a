package dev.backoff.tck.containers;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.internal.cdi.BackoffExtension;
import dev.backoff.internal.cdi.BackoffLiteExtension;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.support.Library;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.SkipIfPortableExtensionPresent;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 7.1: the library jar ships both extensions and a {@code beans.xml}, the build-compatible one steps aside when
 * the portable one is present, and on this container exactly one of them is at work.
 */
@Spec("7.1")
@Deploy(ExtensionsTest.Api.class)
class ExtensionsTest {

    @Inject
    Api api;

    @Test
    void theJarShipsBeansXmlAndRegistersBothExtensions() {
        assertThat(Library.file("META-INF/beans.xml")).isNotNull();
        assertThat(Library.file("META-INF/services/" + Extension.class.getName()))
                .contains(BackoffExtension.class.getName());
        assertThat(Library.file("META-INF/services/" + BuildCompatibleExtension.class.getName()))
                .contains(BackoffLiteExtension.class.getName());
    }

    @Test
    void theBuildCompatibleExtensionIsSkippedWhenThePortableOneIsPresent() {
        assertThat(BackoffLiteExtension.class.getAnnotation(SkipIfPortableExtensionPresent.class).value())
                .isEqualTo(BackoffExtension.class);
    }

    /** Two extensions at work would bind the interceptor twice: 3 x 3 attempts instead of 3. */
    @Test
    void exactlyOneRetryLoopRunsPerCall() {
        assertThatThrownBy(api::fetch).hasMessage("down 3");

        assertThat(api.calls()).isEqualTo(3);
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
