package dev.backoff.tck.deployment;

import dev.backoff.Backoff;
import dev.backoff.BackoffListener;
import dev.backoff.Jitter;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 1.2: a class-valued member is the CDI bean of that type when there is one (so it can inject), otherwise an
 * instance made once per annotated method with the public no-argument constructor.
 */
@Spec("1.2")
class ClassMemberResolutionTest {

    @BeforeEach
    void resetCounters() {
        PlainListener.INSTANCES.set(0);
        PlainListener.EVENTS.clear();
    }

    @Test
    void beanMembersAreTheBeansWithTheirInjections() {
        try (Deployed deployed = Tck.start(Api.class, InjectedListener.class, Journal.class,
                EmptyIsFailure.class, Threshold.class)) {
            Api api = deployed.get(Api.class);

            assertThat(api.viaBeans()).isEqualTo("3 chars");

            assertThat(deployed.get(Journal.class).entries())
                    .containsExactly("backoff after try 1", "backoff after try 2");
        }
    }

    @Test
    void otherMembersAreMadeOncePerAnnotatedMethod() {
        try (Deployed deployed = Tck.start(Api.class, InjectedListener.class, Journal.class,
                EmptyIsFailure.class, Threshold.class)) {
            Api api = deployed.get(Api.class);

            assertThatThrownBy(api::plain).hasMessage("fails");
            assertThatThrownBy(api::plain).hasMessage("fails");
            assertThatThrownBy(api::plainToo).hasMessage("fails too");

            assertThat(PlainListener.INSTANCES).hasValue(2);
            assertThat(PlainListener.EVENTS).containsExactly("plain gave up", "plain gave up", "plainToo gave up");
        }
    }

    @ApplicationScoped
    public static class Api {
        private final AtomicInteger calls = new AtomicInteger();

        @Backoff(retryIf = EmptyIsFailure.class, listeners = InjectedListener.class, jitter = Jitter.NONE)
        public String viaBeans() {
            return calls.incrementAndGet() < 3 ? "" : "3 chars";
        }

        @Backoff(maxTries = 1, listeners = PlainListener.class)
        public void plain() {
            throw new IllegalStateException("fails");
        }

        @Backoff(maxTries = 1, listeners = PlainListener.class)
        public void plainToo() {
            throw new IllegalStateException("fails too");
        }
    }

    @ApplicationScoped
    public static class Journal {
        private final List<String> entries = new CopyOnWriteArrayList<>();

        void add(String entry) {
            entries.add(entry);
        }

        List<String> entries() {
            return entries;
        }
    }

    @ApplicationScoped
    public static class InjectedListener implements BackoffListener {
        @Inject
        Journal journal;

        @Override
        public void onBackoff(BackoffEvent event) {
            journal.add("backoff after try " + event.tries());
        }
    }

    @ApplicationScoped
    public static class Threshold {
        int minLength() {
            return 1;
        }
    }

    /** A bean predicate: without its injected Threshold it would throw NullPointerException on first use. */
    @ApplicationScoped
    public static class EmptyIsFailure implements Predicate<Object> {
        @Inject
        Threshold threshold;

        @Override
        public boolean test(Object value) {
            return value.toString().length() < threshold.minLength();
        }
    }

    /** No bean: not added to the container. */
    public static class PlainListener implements BackoffListener {
        static final AtomicInteger INSTANCES = new AtomicInteger();
        static final List<String> EVENTS = new CopyOnWriteArrayList<>();

        public PlainListener() {
            INSTANCES.incrementAndGet();
        }

        @Override
        public void onGiveup(GiveupEvent event) {
            EVENTS.add(event.method().getName() + " gave up");
        }
    }
}
