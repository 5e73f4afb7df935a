package dev.backoff.docs.start;

import jakarta.enterprise.inject.spi.DeploymentException;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the test setup of the guide relies on, in an application with its own {@code beans.xml}: discovery finds the
 * application's beans, and a test that adds them again makes each of them two beans.
 */
class DiscoveryTest {

    @Test
    void discoveryFindsTheApplicationsBeansThroughItsBeansXml() throws Exception {
        Path application = Path.of(OrderClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(application.resolve("META-INF/beans.xml")).exists();
        assertThat(Path.of(OrderClientTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("META-INF/beans.xml")).as("the tests' own classes are no bean archive").doesNotExist();

        try (WeldContainer container = new Weld().addBeanClass(TestTime.class).initialize()) {
            assertThat(container.select(OrderClient.class).isResolvable()).isTrue();
            assertThat(container.select(OrderApi.class).isResolvable()).isTrue();
        }
    }

    @Test
    void addingTheApplicationsBeansAgainMakesThemAmbiguous() {
        assertThatThrownBy(() -> new Weld().addBeanClasses(OrderClient.class, OrderApi.class, TestTime.class)
                .initialize().close())
                .isInstanceOf(DeploymentException.class).hasMessageContaining("WELD-001409");
    }
}
