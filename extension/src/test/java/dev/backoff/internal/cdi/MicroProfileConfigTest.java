package dev.backoff.internal.cdi;

import jakarta.enterprise.inject.spi.DeploymentException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The library's own tests have the MicroProfile Config API but no implementation, as an application that forgot one:
 * the deployment error names backoff-cdi and says what to add, instead of "No ConfigProviderResolver implementation
 * found!" or a NoClassDefFoundError from somewhere inside.
 */
class MicroProfileConfigTest {

    @Test
    void withoutAnImplementationTheDeploymentErrorSaysWhatToAdd() {
        assertThatThrownBy(() -> MicroProfileConfig.forApplication(MicroProfileConfigTest.class))
                .isInstanceOf(DeploymentException.class)
                .hasMessageStartingWith("backoff-cdi reads every @Backoff from MicroProfile Config, and this"
                        + " application has no MicroProfile Config implementation: add one, such as"
                        + " io.smallrye.config:smallrye-config");
    }
}
