package dev.backoff.docs.guide.config;

import dev.backoff.docs.Docs;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.TckConfig;
import dev.backoff.tck.seed.fakes.Work;
import dev.backoff.docs.BackoffWeld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The config examples of the docs, applied as they are written, change what calls do as the docs say. */
class ConfigDocsTest {

    @AfterEach
    void clearConfig() {
        TckConfig.clear();
    }

    /** What one call of a method that always fails did. */
    record Outcome(int tries, List<Duration> waits) {
    }

    private static void apply(String properties) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.stringPropertyNames().forEach(key -> TckConfig.set(key, p.getProperty(key)));
    }

    /** Starts a container, calls one method once (every attempt fails), returns its tries and waits. */
    private static Outcome call(Consumer<WeldContainer> method) {
        try (WeldContainer container = BackoffWeld.start(PaymentClient.class, ReportJob.class, Work.class)) {
            Work work = container.select(Work.class).get();
            work.script().thenAlwaysThrow(n -> new IOException("failure " + n));
            method.accept(container);
            return new Outcome(work.runs(), container.select(VirtualTime.class).get().waits());
        }
    }

    private static Outcome charge() {
        return call(c -> catchThrowable(() -> c.select(PaymentClient.class).get().charge("o-1")));
    }

    private static Outcome refund() {
        return call(c -> catchThrowable(() -> c.select(PaymentClient.class).get().refund("o-1")));
    }

    private static Outcome report() {
        return call(c -> catchThrowable(() -> c.select(ReportJob.class).get().run()));
    }

    @Test
    void theGuidesExample() {
        apply(Docs.block("config-example"));

        assertThat(charge()).isEqualTo(new Outcome(5, List.of(ofSeconds(1), ofSeconds(1), ofSeconds(1), ofSeconds(1))));
        assertThat(refund().tries()).isEqualTo(1);
        assertThat(report()).isEqualTo(new Outcome(3, List.of(ofSeconds(1), ofSeconds(1))));
    }

    @Test
    void thePrecedenceExample() {
        apply(Docs.block("precedence"));

        assertThat(charge().tries()).isEqualTo(2);
        assertThat(refund().tries()).isEqualTo(3);
        assertThat(report().tries()).isEqualTo(4);
    }

    @Test
    void theUnitExample() {
        apply(Docs.block("unit"));

        Outcome report = report();
        assertThat(report.waits()).containsExactly(ofMillis(1), ofMillis(2), ofMillis(4), ofMillis(8), ofMillis(16),
                ofMillis(29));
        assertThat(report.tries()).isEqualTo(7);
    }

    @Test
    void theTimeValuesExample() {
        apply(Docs.block("time-values"));

        assertThat(charge().waits()).containsExactly(ofMillis(250), ofMillis(1500), ofSeconds(30));
    }

    @Test
    void theEnvironmentVariablesAreTheMicroProfileFormsOfTheKeys() {
        for (String line : Docs.block("env-mapping").lines().toList()) {
            String[] keyAndVariable = line.strip().split("\\s+");
            assertThat(keyAndVariable).as(line).hasSize(2);
            assertThat(keyAndVariable[1]).as(line).isEqualTo(Docs.environmentVariable(keyAndVariable[0]));
        }
    }

    @Test
    void theBadValueMessage() {
        apply(Docs.block("bad-values"));

        String message = BackoffWeld.deploymentFailure(PaymentClient.class, Work.class);

        assertThat(Docs.problems(message))
                .containsExactlyInAnyOrderElementsOf(Docs.problems(Docs.block("bad-values-message")));
    }
}
