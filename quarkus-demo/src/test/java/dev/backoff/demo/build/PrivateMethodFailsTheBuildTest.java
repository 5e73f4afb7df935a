package dev.backoff.demo.build;

import dev.backoff.Backoff;
import dev.backoff.demo.CapturedLog;
import dev.backoff.internal.cdi.BackoffLiteExtension;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * SPEC 6: {@code @Backoff} on a private method is reported with every other problem, in backoff-cdi's message.
 */
class PrivateMethodFailsTheBuildTest {

    /** The library reports the problems through ArC's build messages, which log them: kept here, not printed. */
    static final CapturedLog REPORT = CapturedLog.of(BackoffLiteExtension.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest BUILD = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Hidden.class))
            .overrideConfigKey("quarkus.arc.exclude-types", "dev.backoff.demo.nothing")
            .assertException(thrown -> {
                String messages = "";
                for (Throwable t = thrown; t != null; t = t.getCause()) {
                    messages += "\n" + t;
                }
                assertThat(messages).contains("backoff-cdi found 2 problems with @Backoff:",
                        Hidden.class.getName() + ".hidden()", "private", "maxTries");
                assertThat(REPORT.messages(Level.SEVERE)).singleElement().asString()
                        .startsWith("backoff-cdi found 2 problems with @Backoff:");
                REPORT.close();
            });

    @ApplicationScoped
    public static class Hidden {

        @Backoff
        private String hidden() {
            return "";
        }

        @Backoff(maxTries = -1)
        public String negative() {
            return hidden();
        }
    }

    @Test
    void theBuildFailed() {
        fail("the application was built and started although its @Backoff annotations are wrong");
    }
}
