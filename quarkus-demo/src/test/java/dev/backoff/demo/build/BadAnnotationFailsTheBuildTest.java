package dev.backoff.demo.build;

import dev.backoff.Backoff;
import dev.backoff.Wait;
import dev.backoff.demo.CapturedLog;
import dev.backoff.internal.cdi.BackoffLiteExtension;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * An annotation mistake fails the Quarkus build (augmentation), not only the start: Quarkus's own test harness
 * builds a tiny application of one bad bean, in this JVM, with the build-compatible extension of the library jar,
 * and the build must fail with backoff-cdi's message listing every problem.
 */
class BadAnnotationFailsTheBuildTest {

    /** The library reports the problems through ArC's build messages, which log them: kept here, not printed. */
    static final CapturedLog REPORT = CapturedLog.of(BackoffLiteExtension.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest BUILD = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Mistakes.class))
            .overrideConfigKey("quarkus.arc.exclude-types", "dev.backoff.demo.nothing") // see application.properties
            .assertException(BadAnnotationFailsTheBuildTest::assertBuildFailure);

    /** Four mistakes in three methods. */
    @ApplicationScoped
    public static class Mistakes {

        @Backoff(maxTries = -1)
        public String negativeTries() {
            return "";
        }

        @Backoff(strategy = Wait.RUNTIME)
        public String runtimeWithoutWaitFrom() {
            return "";
        }

        @Backoff(name = "maxTime", maxTime = -5)
        public String badNameAndNegativeTime() {
            return "";
        }
    }

    static void assertBuildFailure(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        // QuarkusUnitTest hands over the root cause of the build failure; that it was raised by the build is seen in
        // where it was made: by ArC's build-time processor (io.quarkus.arc.processor, which is not even on the class
        // path of a built application) when it ran the library's @Validation, not by a start of the application
        assertThat(chain.stream().flatMap(t -> java.util.Arrays.stream(t.getStackTrace())))
                .as("the failure comes from the build (augmentation), not from the start")
                .anyMatch(f -> f.getClassName().startsWith("io.quarkus.arc.processor."))
                .anyMatch(f -> f.getClassName().equals("dev.backoff.internal.cdi.BackoffLiteExtension")
                        && f.getMethodName().equals("validate"));
        String messages = chain.stream().map(String::valueOf).reduce("", (a, b) -> a + "\n" + b);
        String bean = Mistakes.class.getName();
        assertThat(messages).contains("backoff-cdi found 4 problems with @Backoff:")
                .contains(bean + ".negativeTries()", "maxTries")
                .contains(bean + ".runtimeWithoutWaitFrom()", "waitFrom")
                .contains(bean + ".badNameAndNegativeTime()", "maxTime = -5", "the name of a member");
        // and the build logged the report once, at ERROR
        assertThat(REPORT.messages(Level.SEVERE)).singleElement().asString()
                .startsWith("backoff-cdi found 4 problems with @Backoff:");
        REPORT.close();
    }

    @Test
    void theBuildFailed() {
        fail("the application was built and started although its @Backoff annotations are wrong");
    }
}
