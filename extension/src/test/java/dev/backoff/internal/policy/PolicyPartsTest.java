package dev.backoff.internal.policy;

import dev.backoff.Backoff;
import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static dev.backoff.internal.policy.ReaderHarness.onMethod;
import static org.assertj.core.api.Assertions.assertThat;

/** The small parts of the startup path: the report's text, member lookup by name, meter names, typed predicates. */
class PolicyPartsTest {

    private final ReaderHarness config = new ReaderHarness();

    @Test
    void theReportCountsAndNumbersEveryProblem() {
        Problem first = new Problem("com.acme.Api.fetch()", "@Backoff(maxTries = -1)", "is not valid", "0 or more");
        Problem second = new Problem("com.acme.Api.send()", "@Backoff", "on a private method", "a business method");

        assertThat(Problem.report(List.of(first))).isEqualTo("backoff-cdi found 1 problem with @Backoff:\n  1. "
                + first.line());
        assertThat(Problem.report(List.of(first, second))).isEqualTo("backoff-cdi found 2 problems with @Backoff:\n"
                + "  1. " + first.line() + "\n  2. " + second.line());
    }

    /** Messages show a value as it is written in Java, whatever the policy holds. */
    @Test
    void aValueIsShownAsWrittenInTheAnnotation() {
        assertThat(Member.shown(new double[] {0.5, 2})).isEqualTo("[0.5, 2.0]");
        assertThat(Member.shown(new Class<?>[] {IOException.class, Error.class}))
                .isEqualTo("[java.io.IOException, java.lang.Error]");
        assertThat(Member.shown(IOException.class)).isEqualTo("java.io.IOException.class");
        assertThat(Member.shown(ChronoUnit.WEEKS)).as("not its toString, Weeks").isEqualTo("WEEKS");
        assertThat(Member.shown(-1)).isEqualTo("-1");
    }

    @Test
    void membersAreFoundByTheNameAKeyGivesThem() {
        assertThat(Members.named("maxTries")).isSameAs(Members.MAX_TRIES);
        assertThat(Members.named("enabled")).isSameAs(Members.ENABLED);
        assertThat(Members.named("maxtries")).isNull();
    }

    @Test
    void aPolicyIsMeteredByItsNameElseByItsMethod() {
        assertThat(config.valid(onMethod(Api.class, "named")).meterName()).isEqualTo("orders");
        assertThat(config.valid(onMethod(Api.class, "unnamed")).meterName())
                .isEqualTo(Api.class.getName() + ".unnamed");
    }

    @Test
    void aConfigThatOnlyLooksUpAnswersLookUpsAndHasNoKeysOrVariablesToName() {
        PolicyReader.Config config = PolicyReader.Config.lookingUp(Map.of("Backoff/maxTries", "4")::get);

        assertThat(config.get("Backoff/maxTries")).isEqualTo("4");
        assertThat(config.get("Backoff/maxTime")).isNull();
        assertThat(config.keys()).isEmpty();
        assertThat(config.variable("Backoff/maxTries", "4")).isNull();
    }

    /** The container binds a policy's meter and budget from its builder, before the policy is built. */
    @Test
    void aBuilderNamesItsMeterAndItsBudgetAsItsPolicyWill() {
        Policy.Builder unnamed = Policy.builder(Api.class, ReaderHarness.method(Api.class, "unnamed"));
        Policy.Builder named = Policy.builder(Api.class, ReaderHarness.method(Api.class, "unnamed"))
                .set(Members.NAME, "orders").set(Members.BUDGET, "inventory");

        assertThat(unnamed.meterName()).isEqualTo(Api.class.getName() + ".unnamed").isEqualTo(unnamed.build().meterName());
        assertThat(named.meterName()).isEqualTo("orders").isEqualTo(named.build().meterName());
        assertThat(unnamed.budgetName()).isEmpty();
        assertThat(named.budgetName()).isEqualTo("inventory").isEqualTo(named.build().budgetName());
    }

    /** SPEC 1.3: a {@code Predicate<IOException>} is asked about IOExceptions and null only; anything else is "no". */
    @Test
    void aTypedGiveupPredicateIsAskedOnlyAboutWhatItAccepts() {
        Predicate<Object> giveup = config.valid(onMethod(Api.class, "typed")).giveup();

        assertThat(giveup.test(new FileNotFoundException("gone"))).isTrue();
        assertThat(giveup.test(new IOException("busy"))).isFalse();
        assertThat(giveup.test(new IllegalStateException("gone"))).as("not an IOException").isFalse();
        assertThat(giveup.test(null)).as("null, which any type accepts").isTrue();
    }

    /**
     * A container that calls the method reflectively (Weld) wraps a plain {@code Throwable}, neither an Exception nor an
     * Error, in a RuntimeException of its own: matched as that Throwable, so not retried by default (SPEC 1.1). A
     * RuntimeException caused by an Exception or an Error, a RuntimeException without cause, and another type caused by
     * a plain Throwable are matched as themselves.
     */
    @Test
    void onlyWhatAContainerWrapsAroundAPlainThrowableIsMatchedAsTheThrowable() {
        Policy byDefault = config.valid(onMethod(Api.class, "unnamed"));
        Policy throwables = config.valid(onMethod(Api.class, "throwables"));
        Policy ioExceptions = config.valid(onMethod(Api.class, "ioExceptions"));
        Policy errors = config.valid(onMethod(Api.class, "errors"));

        assertThat(byDefault.aborts(new RuntimeException(new Plain()))).as("wrapped plain Throwable, default on").isTrue();
        assertThat(throwables.aborts(new RuntimeException(new Plain()))).as("wrapped plain Throwable, on Throwable")
                .isFalse();
        assertThat(byDefault.aborts(new RuntimeException())).as("RuntimeException without cause").isFalse();
        assertThat(ioExceptions.aborts(new IOException(new Plain()))).as("IOException caused by a Throwable").isFalse();
        assertThat(ioExceptions.aborts(new RuntimeException(new IOException()))).as("caused by an Exception").isTrue();
        assertThat(errors.aborts(new RuntimeException(new AssertionError()))).as("caused by an Error").isTrue();
    }

    /** Neither an Exception nor an Error. */
    static final class Plain extends Throwable {
    }

    /** Gives up on a missing file, or on nothing at all. */
    public static class Missing implements Predicate<IOException> {
        @Override
        public boolean test(IOException e) {
            return e == null || e instanceof FileNotFoundException;
        }
    }

    public static class Api {
        @Backoff(name = "orders")
        public String named() {
            return "";
        }

        @Backoff
        public String unnamed() {
            return "";
        }

        @Backoff(on = Throwable.class)
        public String throwables() {
            return "";
        }

        @Backoff(on = IOException.class)
        public String ioExceptions() {
            return "";
        }

        @Backoff(on = Error.class)
        public String errors() {
            return "";
        }

        @Backoff(giveup = Missing.class)
        public String typed() {
            return "";
        }
    }
}
