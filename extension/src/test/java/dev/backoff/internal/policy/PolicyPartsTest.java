package dev.backoff.internal.policy;

import dev.backoff.Backoff;
import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.List;
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

    /** SPEC 1.3: a {@code Predicate<IOException>} is asked about IOExceptions and null only; anything else is "no". */
    @Test
    void aTypedGiveupPredicateIsAskedOnlyAboutWhatItAccepts() {
        Predicate<Object> giveup = config.valid(onMethod(Api.class, "typed")).giveup();

        assertThat(giveup.test(new FileNotFoundException("gone"))).isTrue();
        assertThat(giveup.test(new IOException("busy"))).isFalse();
        assertThat(giveup.test(new IllegalStateException("gone"))).as("not an IOException").isFalse();
        assertThat(giveup.test(null)).as("null, which any type accepts").isTrue();
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

        @Backoff(giveup = Missing.class)
        public String typed() {
            return "";
        }
    }
}
