package dev.backoff.demo;

import dev.backoff.demo.context.Attempt;
import dev.backoff.demo.context.ContextProbe;
import dev.backoff.demo.context.ContextProbeResource.Report;
import dev.backoff.demo.context.RequestTag;
import dev.backoff.demo.context.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.backoff.demo.ProbeRequests.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 3.8 and 3.9 on Quarkus, with the library's own scheduler (real waits of a few milliseconds): an async call that
 * a REST request starts waits on Vert.x timers and retries on the request's context, on the same kind of thread, with
 * its MDC, trace and request context; off Vert.x, MicroProfile Context Propagation and the request context come along.
 */
@QuarkusTest
class AsyncContextTest {

    private static final String NO_TRACE = "0".repeat(32);

    @Inject
    ContextProbe probe;

    @Inject
    RequestTag tag;

    @Test
    void aCompletionStageStartedByAReactiveRequestRetriesOnItsEventLoopInItsContext() {
        Report report = get("stage", "stage-1");

        assertInTheRequest(report, "stage-1");
        assertThat(report.attempts()).allSatisfy(attempt -> assertThat(attempt.eventLoop()).as("on an event loop")
                .isTrue());
        assertThat(report.attempts()).extracting(Attempt::thread).as("the request's event loop").containsOnly(
                report.attempts().get(0).thread());
    }

    @Test
    void aUniStartedByAReactiveRequestRetriesOnItsEventLoopInItsContext() {
        Report report = get("uni", "uni-1");

        assertInTheRequest(report, "uni-1");
        assertThat(report.attempts()).allSatisfy(attempt -> assertThat(attempt.eventLoop()).as("on an event loop")
                .isTrue());
        assertThat(report.attempts()).extracting(Attempt::thread).as("the request's event loop").containsOnly(
                report.attempts().get(0).thread());
    }

    @Test
    void aCallStartedOnAWorkerRetriesOnWorkersInTheRequestsContext() {
        Report report = get("worker", "worker-1");

        assertInTheRequest(report, "worker-1");
        assertThat(report.attempts()).allSatisfy(attempt -> {
            assertThat(attempt.eventLoop()).as("on an event loop").isFalse();
            assertThat(attempt.thread()).as("a worker").startsWith("executor-thread");
        });
    }

    @Test
    void offVertxTheThreadContextAndTheRequestContextOfTheCallComeAlong() throws Exception {
        // a @QuarkusTest method runs on the test's own thread, in a request context of its own, off Vert.x
        tag.name("the test's request");
        Tenant.set("acme");
        List<Attempt> attempts;
        try {
            attempts = probe.stage("off-vertx-1").toCompletableFuture().get(10, TimeUnit.SECONDS);
        } finally {
            Tenant.set(null);
        }

        assertThat(attempts).hasSize(3).extracting(Attempt::tenant).containsOnly("acme");
        assertThat(attempts).extracting(Attempt::requestTag).containsOnly("the test's request");
        assertThat(attempts.subList(1, 3)).extracting(Attempt::thread).as("the scheduler's threads")
                .doesNotContain(Thread.currentThread().getName());
        assertThat(attempts).noneMatch(Attempt::eventLoop);
    }

    /** Every attempt saw the request's MDC value, trace and request-scoped tag. */
    private static void assertInTheRequest(Report report, String call) {
        assertThat(report.traceId()).matches("[0-9a-f]{32}").isNotEqualTo(NO_TRACE);
        assertThat(report.attempts()).hasSize(3).allSatisfy(attempt -> {
            assertThat(attempt.mdc()).as("MDC").isEqualTo(call);
            assertThat(attempt.traceId()).as("trace").isEqualTo(report.traceId());
            assertThat(attempt.requestTag()).as("request-scoped tag").isEqualTo(call);
        });
    }
}
