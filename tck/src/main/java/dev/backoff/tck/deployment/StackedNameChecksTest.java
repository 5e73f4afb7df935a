package dev.backoff.tck.deployment;

import dev.backoff.Backoff;
import dev.backoff.tck.Spec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.backoff.tck.deployment.Deployment.deploys;
import static dev.backoff.tck.deployment.Deployment.problem;
import static dev.backoff.tck.deployment.Deployment.problems;
import static dev.backoff.tck.deployment.Deployment.where;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 1.6 and 6: stacked layers need distinct non-empty names; no name may be a member name. */
@Spec({"1.6", "6"})
class StackedNameChecksTest {

    @Test
    void oneLayerWithoutName() {
        assertThat(problem(OneUnnamed.class)).startsWith(where(OneUnnamed.class, "call") + "): ")
                .contains("@Backoff(name = \"\")", "1 of 2 stacked layers", "accepted: a distinct, non-empty name");
    }

    @Test
    void layersWithoutNameAreReportedOnce() {
        assertThat(problem(NoneNamed.class)).startsWith(where(NoneNamed.class, "call"))
                .contains("@Backoff(name = \"\")", "3 of 3 stacked layers", "accepted: a distinct, non-empty name");
    }

    @Test
    void sameNameTwice() {
        assertThat(problem(Duplicate.class)).startsWith(where(Duplicate.class, "call"))
                .contains("@Backoff(name = \"db\")", "2 of 3 stacked layers", "accepted: a distinct");
    }

    @Test
    void unnamedClassLayers() {
        assertThat(problem(UnnamedOnClass.class)).startsWith(where(UnnamedOnClass.class, "call"))
                .contains("@Backoff(name = \"\")", "accepted: a distinct, non-empty name");
    }

    @Test
    void distinctNamesDeploy() {
        deploys(Distinct.class);
    }

    @Spec("6")
    @Test
    void nameOfAMember() {
        List<String> problems = problems(MemberNames.class);

        assertThat(problems).hasSize(3);
        assertThat(problems).allSatisfy(p -> assertThat(p).contains("is the name of a member", "accepted: any other"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(MemberNames.class, "maxTries"))
                .contains("name = \"maxTries\""));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(MemberNames.class, "upperCase"))
                .contains("name = \"MAXTIME\""));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(MemberNames.class, "enabled"))
                .contains("name = \"enabled\""));
    }

    @Spec({"5.2", "6"})
    @Test
    void nameThatCannotBeAKey() {
        assertThat(problem(BadCharacters.class)).startsWith(where(BadCharacters.class, "call"))
                .contains("@Backoff(name = \"my policy/1\") is not a valid name",
                        "accepted: letters, digits, '_', '-' and '.'");
    }

    public static class OneUnnamed {
        @Backoff(name = "outer")
        @Backoff
        public void call() {
        }
    }

    public static class NoneNamed {
        @Backoff
        @Backoff
        @Backoff
        public void call() {
        }
    }

    public static class Duplicate {
        @Backoff(name = "db")
        @Backoff(name = "net")
        @Backoff(name = "db")
        public void call() {
        }
    }

    @Backoff(maxTries = 3)
    @Backoff(maxTries = 2)
    public static class UnnamedOnClass {
        public void call() {
        }
    }

    public static class Distinct {
        @Backoff(name = "db")
        @Backoff(name = "net")
        public void call() {
        }
    }

    public static class MemberNames {
        @Backoff(name = "maxTries")
        public void maxTries() {
        }

        @Backoff(name = "MAXTIME")
        public void upperCase() {
        }

        @Backoff(name = "enabled")
        public void enabled() {
        }
    }

    public static class BadCharacters {
        @Backoff(name = "my policy/1")
        public void call() {
        }
    }
}
