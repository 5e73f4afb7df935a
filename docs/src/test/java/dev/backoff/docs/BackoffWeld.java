package dev.backoff.docs;

import dev.backoff.internal.cdi.BackoffExtension;
import dev.backoff.tck.TckVirtualTime;
import dev.backoff.testing.VirtualTime;
import jakarta.enterprise.inject.spi.DeploymentException;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.junit5.WeldInitiator;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Weld containers for tests: the given bean classes, the backoff-cdi portable extension, and {@link VirtualTime} as
 * the clock (the TCK's {@link TckVirtualTime}, selected by its priority), so that no test sleeps. Discovery is off, as
 * in weld-junit, so the extension is added by hand. The docs' examples run on Weld only; the TCK runs the rules on
 * every container.
 */
public final class BackoffWeld {

    private BackoffWeld() {
    }

    /** For {@code @EnableWeld} tests: {@code @WeldSetup WeldInitiator weld = BackoffWeld.of(Api.class);}. */
    public static WeldInitiator of(Class<?>... beanClasses) {
        return WeldInitiator.from(weld(beanClasses)).build();
    }

    /** Starts a container; close it with try-with-resources. */
    public static WeldContainer start(Class<?>... beanClasses) {
        return weld(beanClasses).initialize();
    }

    /** Starts a container with the real clock and scheduler instead of {@link VirtualTime}. */
    public static WeldContainer startRealTime(Class<?>... beanClasses) {
        return withExtension(new Weld().disableDiscovery().addBeanClasses(beanClasses)).initialize();
    }

    /** Starts a container that must fail to deploy, and returns the failure's message. */
    public static String deploymentFailure(Class<?>... beanClasses) {
        String[] message = new String[1];
        assertThatThrownBy(() -> start(beanClasses).close())
                .isInstanceOf(DeploymentException.class)
                .satisfies(e -> message[0] = messages(e));
        return message[0];
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static Weld weld(Class<?>... beanClasses) {
        return withExtension(new Weld().disableDiscovery().addBeanClasses(beanClasses).addBeanClass(TckVirtualTime.class));
    }

    private static Weld withExtension(Weld weld) {
        return weld.addExtension(new BackoffExtension());
    }
}
