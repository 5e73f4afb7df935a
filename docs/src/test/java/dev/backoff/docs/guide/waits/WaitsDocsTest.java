package dev.backoff.docs.guide.waits;

import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.Response;
import dev.backoff.tck.seed.fakes.Work;
import dev.backoff.docs.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The waits the guide says each policy gives. */
@EnableWeld
class WaitsDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Sequences.class, RateLimited.class, Work.class, HttpClient.class);

    @Inject
    Sequences sequences;

    @Inject
    RateLimited rateLimited;

    @Inject
    Work work;

    @Inject
    HttpClient http;

    @Inject
    VirtualTime time;

    @BeforeEach
    void alwaysFail() {
        work.script().thenAlwaysThrow(n -> new Exception("failure " + n));
    }

    @Test
    void expo() {
        assertThatThrownBy(sequences::expo).isSameAs(work.script().lastOutcome());
        assertThat(time.waits()).containsExactly(ofMillis(100), ofMillis(300), ofMillis(900), ofMillis(2700),
                ofMillis(5000), ofMillis(5000));
    }

    @Test
    void fibo() {
        assertThatThrownBy(sequences::fibo).isSameAs(work.script().lastOutcome());
        assertThat(time.waits()).containsExactly(ofSeconds(1), ofSeconds(1), ofSeconds(2), ofSeconds(3), ofSeconds(5),
                ofSeconds(8), ofSeconds(10));
    }

    @Test
    void constant() {
        assertThatThrownBy(sequences::constant).isSameAs(work.script().lastOutcome());
        assertThat(time.waits()).containsExactly(ofSeconds(2), ofSeconds(2), ofSeconds(2));
    }

    @Test
    void constantListGivesUpWhenUsedUp() {
        Throwable thrown = catchThrowable(sequences::constantList);
        assertThat(thrown).isSameAs(work.script().outcome(4));
        assertThat(time.waits()).containsExactly(ofSeconds(1), ofSeconds(5), ofSeconds(30));
    }

    @Test
    void decay() {
        assertThatThrownBy(sequences::decay).isSameAs(work.script().lastOutcome());
        assertThat(time.waits()).extracting(w -> Math.round(w.toMillis() / 10.0) / 100.0)
                .containsExactly(10.0, 6.07, 3.68, 2.23, 2.0);
    }

    @Test
    void decorrelated() {
        assertThatThrownBy(sequences::decorrelated).isSameAs(work.script().lastOutcome());
        List<Duration> waits = time.waits();
        assertThat(waits).hasSize(9).allSatisfy(w -> assertThat(w).isBetween(ofMillis(100), ofSeconds(20)));
        assertThat(waits.get(0)).isLessThanOrEqualTo(ofMillis(300));
        for (int i = 1; i < waits.size(); i++) {
            assertThat(waits.get(i)).isLessThanOrEqualTo(waits.get(i - 1).multipliedBy(3));
        }
    }

    @Test
    void maxTimeCutsTheLastWait() {
        assertThatThrownBy(sequences::maxTime).isSameAs(work.script().lastOutcome());
        assertThat(time.waits()).containsExactly(ofSeconds(1), ofSeconds(2), ofSeconds(4), ofSeconds(3));
        assertThat(work.runs()).isEqualTo(5);
    }

    @Test
    void retryAfter() throws Exception {
        Response ok = Response.status(200);
        http.script().thenReturn(Response.status(429).withHeader("Retry-After", "30")).thenReturn(Response.status(429))
                .thenReturn(ok);
        assertThat(rateLimited.call("/x")).isSameAs(ok);
        assertThat(time.waits()).containsExactly(ofSeconds(30), ofSeconds(1));
    }
}
