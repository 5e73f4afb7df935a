package dev.backoff.demo.timeline;

import dev.backoff.Backoff;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.util.concurrent.CompletionStage;

/**
 * Puts every attempt of the demo's {@code @Backoff} methods on its run's timeline when it ends, before the library
 * tells anyone about it. The library's events alone miss an attempt whose event never reaches an observer: a listener
 * that throws ends the call first (SPEC 2.8, how "Custom exception on give-up" works), and an exception the policy does
 * not retry ends it without any event (SPEC 2.3).
 *
 * <p>Bound by {@code @Backoff} itself, whose members are all {@code @Nonbinding}, so it intercepts every
 * {@code @Backoff} method; its priority is larger than the library's interceptor's ({@code PLATFORM_BEFORE + 100}),
 * so it runs inside the retry loop, once per attempt. An asynchronous attempt ends when its stage completes, or for a
 * {@code Uni} when its subscription gets an item or a failure; the stage or {@code Uni} the loop sees completes only
 * after the end was recorded, so the attempt is on the timeline before the event that tells of it.
 */
@Backoff
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AttemptRecorder {

    @Inject
    Timelines timelines;

    @AroundInvoke
    Object record(InvocationContext context) throws Exception {
        Timelines.Attempts attempts = timelines.attempts(context.getMethod(), context.getParameters());
        if (attempts == null) {
            return context.proceed(); // a call outside any run
        }
        Object result;
        try {
            result = context.proceed();
        } catch (Exception | Error e) {
            attempts.ended(null, e);
            throw e;
        }
        if (result instanceof CompletionStage<?> stage) {
            return stage.whenComplete(attempts::ended);
        }
        if (result instanceof Uni<?> uni) {
            // the loop re-subscribes for each attempt (SPEC 3.5): each subscription is one attempt
            return uni.onItemOrFailure().invoke(attempts::ended);
        }
        attempts.ended(result, null);
        return result;
    }
}
