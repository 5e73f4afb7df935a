package dev.backoff.internal.engine;

import dev.backoff.Falsy;
import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;
import java.io.IOException;

import static dev.backoff.internal.policy.Members.ABORT_ON;
import static dev.backoff.internal.policy.Members.ON;
import static dev.backoff.internal.engine.Harness.durations;
import static dev.backoff.internal.engine.Policies.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** What makes an attempt a failure to retry, and what ends the call at once (SPEC 1, 1.1, 2.3). */
class SyncRetryFailureKindsTest {

    /** An {@link Error} of the test's own. */
    static final class Boom extends Error {
        Boom() {
            super("boom");
        }
    }

    private final Harness harness = new Harness();
    private final Journal journal = new Journal();

    @Test
    void abortOnIsThrownAtOnceWithoutListenerCalls() {
        FileNotFoundException missing = new FileNotFoundException("missing");
        Scripted script = Scripted.of(missing, "ok");

        Throwable thrown = harness.failure(policy().set(ON, new Class<?>[] {IOException.class}).set(ABORT_ON, new Class<?>[] {FileNotFoundException.class})
                .listeners(journal.listener("l")).build(), script);

        assertThat(thrown).isSameAs(missing);
        assertThat(script.attempts()).isEqualTo(1);
        assertThat(journal.lines()).isEmpty();
        assertThat(harness.time.waits()).isEmpty();
    }

    @Test
    void anExceptionNotInOnIsThrownAtOnceWithoutListenerCalls() {
        IllegalStateException bug = new IllegalStateException("bug");
        Scripted script = Scripted.of(bug, "ok");

        Throwable thrown = harness.failure(policy().set(ON, new Class<?>[] {IOException.class}).listeners(journal.listener("l")).build(),
                script);

        assertThat(thrown).isSameAs(bug);
        assertThat(script.attempts()).isEqualTo(1);
        assertThat(journal.lines()).isEmpty();
    }

    @Test
    void subclassesOfOnAreRetried() throws Exception {
        Scripted script = Scripted.of(new FileNotFoundException("not yet"), "ok");

        assertThat(harness.call(policy().set(ON, new Class<?>[] {IOException.class}).build(), script)).isEqualTo("ok");
    }

    @Test
    void anErrorIsNotRetriedByTheDefaultOn() {
        Boom boom = new Boom();
        Scripted script = Scripted.of(boom, "ok");

        assertThat(harness.failure(policy().build(), script)).isSameAs(boom);
        assertThat(script.attempts()).isEqualTo(1);
    }

    @Test
    void throwableInOnDoesNotMakeAnErrorRetried() {
        Boom boom = new Boom();
        Scripted script = Scripted.of(boom, "ok");

        assertThat(harness.failure(policy().set(ON, new Class<?>[] {Throwable.class}).build(), script)).isSameAs(boom);
        assertThat(script.attempts()).isEqualTo(1);
    }

    @Test
    void throwableInOnStillRetriesExceptions() throws Exception {
        Scripted script = Scripted.of(new IOException("refused"), "ok");

        assertThat(harness.call(policy().set(ON, new Class<?>[] {Throwable.class}).build(), script)).isEqualTo("ok");
    }

    @Test
    void anErrorTypeInOnIsRetried() throws Exception {
        Scripted script = Scripted.of(new Boom(), new Boom(), "ok");

        assertThat(harness.call(policy().set(ON, new Class<?>[] {Error.class}).build(), script)).isEqualTo("ok");
        assertThat(harness.time.waits()).isEqualTo(durations(1, 2));
    }

    @Test
    void aRetryIfValueFailureIsRetried() throws Exception {
        Scripted script = Scripted.of("", null, "ok");

        assertThat(harness.call(policy().retryIf(new Falsy()).build(), script)).isEqualTo("ok");
        assertThat(harness.time.waits()).isEqualTo(durations(1, 2));
    }

    @Test
    void withOnlyRetryIfExceptionsPropagateAtOnce() {
        // PolicyReader leaves `on` empty when only retryIf is given (SPEC 1.1)
        IOException refused = new IOException("refused");
        Scripted script = Scripted.of(refused, "ok");

        assertThat(harness.failure(policy().set(ON, new Class<?>[] {}).retryIf(new Falsy()).build(), script)).isSameAs(refused);
        assertThat(script.attempts()).isEqualTo(1);
    }

    @Test
    void withOnAndRetryIfEitherKindOfFailureIsRetried() throws Exception {
        Scripted script = Scripted.of(new IOException("refused"), "", "ok");

        assertThat(harness.call(policy().set(ON, new Class<?>[] {IOException.class}).retryIf(new Falsy()).build(), script))
                .isEqualTo("ok");
        assertThat(harness.time.waits()).isEqualTo(durations(1, 2));
    }
}
