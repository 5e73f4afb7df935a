package dev.backoff.docs.guide.deployment;

import dev.backoff.docs.Docs;
import dev.backoff.docs.BackoffWeld;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeploymentDocsTest {

    @Test
    void everyProblemIsReportedInOneDeploymentFailure() {
        String message = BackoffWeld.deploymentFailure(BrokenClient.class);

        assertThat(Docs.problems(message))
                .containsExactlyInAnyOrderElementsOf(Docs.problems(Docs.block("deployment-problems")));
    }
}
