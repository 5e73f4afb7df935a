package dev.backoff.internal.policy;

import dev.backoff.Backoff;
import dev.backoff.BackoffLimits;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.WaitFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import static dev.backoff.internal.policy.ReaderHarness.onMethod;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 6, without a container: what the reader refuses of a declaration as a whole (its return type, its layers'
 * names, {@code waitFrom} and {@code RUNTIME} together) and of a method's own config key that sets a member its
 * policy never uses; and what it accepts of each.
 */
class PolicyChecksTest {

    private final ReaderHarness config = new ReaderHarness();

    @Test
    void aFutureThatIsNoCompletionStageCannotBeRetried() {
        assertThat(config.problem(onMethod(Api.class, "future")))
                .contains("cannot retry a method returning java.util.concurrent.Future");
    }

    @Test
    void aCompletionStageSubtypeOtherThanCompletableFutureCannotBeRetried() {
        assertThat(config.problem(onMethod(Api.class, "ownStage")))
                .contains("cannot retry a method returning " + OwnStage.class.getName());
    }

    @Test
    void completionStageAndCompletableFutureAreRetried() {
        config.valid(onMethod(Api.class, "stage"));
        config.valid(onMethod(Api.class, "completable"));
    }

    @Test
    void stackedLayersNeedNames() {
        assertThat(config.read(onMethod(Api.class, "unnamedLayers")).problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p).contains("name"));
    }

    @Test
    void stackedLayersNeedDistinctNames() {
        assertThat(config.read(onMethod(Api.class, "sameNames")).problems()).singleElement().asString()
                .contains("is on 2 of 2 stacked layers");
    }

    @Test
    void aNameCannotBeAMembersName() {
        assertThat(config.problem(onMethod(Api.class, "memberName"))).contains("maxTries");
    }

    @Test
    void distinctNamedLayersAreRead() {
        assertThat(config.read(onMethod(Api.class, "namedLayers")).policies()).extracting(Policy::name)
                .containsExactly("outer", "inner");
    }

    @Test
    void runtimeNeedsWaitFrom() {
        assertThat(config.problem(onMethod(Api.class, "runtimeAlone"))).contains("strategy = RUNTIME")
                .contains("needs waitFrom");
    }

    @Test
    void waitFromNeedsRuntime() {
        assertThat(config.problem(onMethod(Api.class, "waitFromAlone"))).contains("waitFrom")
                .contains("is only used with strategy = RUNTIME, but the strategy is EXPO");
    }

    @Test
    void runtimeFromConfigWithoutWaitFromNamesTheKey() {
        config.set(SITE + "plain/Backoff/strategy", "runtime");

        assertThat(config.problem(onMethod(Api.class, "plain"))).contains(SITE + "plain/Backoff/strategy")
                .contains("RUNTIME only together with @Backoff(waitFrom = ...)");
    }

    @Test
    void anotherStrategyFromConfigBesideWaitFromNamesTheKey() {
        config.set(SITE + "withWaitFrom/Backoff/strategy", "expo");

        assertThat(config.problem(onMethod(Api.class, "withWaitFrom")))
                .contains(SITE + "withWaitFrom/Backoff/strategy").contains("since @Backoff(waitFrom = ");
    }

    @Test
    void retryIfOnAVoidMethodHasNoValueToTest() {
        assertThat(config.problem(onMethod(Api.class, "voidRetryIf"))).contains("on a void method");
    }

    /**
     * A method's own key for a member its policy never uses is refused; the same member set on a policy that uses it
     * is read. Each row: the method, the member, its value, and whether that method's policy uses it.
     */
    @ParameterizedTest(name = "{0}: {1} = {2}, used: {3}")
    @CsvSource({
            "plain, base, 3, true",
            "fibo, base, 3, false",
            "plain, factor, 2, true",
            "fibo, factor, 2, false",
            "fibo, maxValue, 10, true",
            "plain, maxValue, 10, true",
            "decorrelatedConstant, maxValue, 10, true",
            "constant, maxValue, 10, false",
            "constant, interval, '1, 2', true",
            "plain, interval, '1, 2', false",
            "decay, initialValue, 5, true",
            "plain, initialValue, 5, false",
            "decay, decayFactor, 2, true",
            "plain, decayFactor, 2, false",
            "decay, minValue, 1, true",
            "plain, minValue, 1, false",
            "plain, maxTries, 4, true",
            "limited, maxTries, 4, false",
            "plain, maxTime, 30, true",
            "limited, maxTime, 30, false",
            "plain, raiseOnGiveup, false, true",
            "valuesOnly, raiseOnGiveup, false, false",
            "valuesAndExceptions, raiseOnGiveup, false, true",
            "plain, retryAfter, false, true",
            "withWaitFrom, retryAfter, false, false",
    })
    void aMethodsKeyForAMemberItsPolicyNeverUsesIsRefused(String method, String member, String value, boolean used) {
        String key = SITE + method + "/Backoff/" + member;
        config.set(key, value);

        ReaderHarness.Read read = config.read(onMethod(Api.class, method));

        if (used) {
            assertThat(read.problems()).as("problems").isEmpty();
        } else {
            assertThat(read.problems()).singleElement().asString().contains(key)
                    .contains("sets " + member + ", which this policy never uses");
        }
    }

    /** A named or a global key sets a member for many policies: one that does not use it is no problem. */
    @Test
    void aNamedOrGlobalKeyForAMemberAPolicyNeverUsesIsNoProblem() {
        config.set("Backoff/base", "3").set("Backoff/slow/interval", "2");

        config.valid(onMethod(Api.class, "fibo"));
    }

    /** Each row: a method, a member its policy uses, and a value outside the member's range, from a method's key. */
    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource({
            "plain, base, 0",
            "plain, base, -1",
            "decay, decayFactor, -0.5",
            "plain, maxTries, -1",
            "plain, maxTime, -1s",
            "plain, factor, -2",
            "plain, unit, weeks",
            "constant, interval, ','",
    })
    void aValueOutOfItsMembersRangeIsRefused(String method, String member, String value) {
        String key = SITE + method + "/Backoff/" + member;
        config.set(key, value);

        assertThat(config.read(onMethod(Api.class, method)).problems()).singleElement().asString()
                .contains(key + " = \"" + value + "\" is not valid; accepted: ");
    }

    /**
     * A refused unit, from config or the annotation, is reported and the rest of the policy is still read, its times in
     * seconds: one problem, never a failure of the reader itself.
     */
    @Test
    void aRefusedUnitIsReportedAndTheRestIsStillRead() {
        String key = SITE + "plain/Backoff/unit";
        config.set(key, "fortnights").set(SITE + "plain/Backoff/maxTime", "30");

        assertThat(config.read(onMethod(Api.class, "plain")).problems()).singleElement().asString()
                .contains(key + " = \"fortnights\" is not valid; accepted: ");
        assertThat(config.read(onMethod(Api.class, "weeks")).problems()).singleElement().asString()
                .contains("@Backoff(unit = WEEKS) is not valid");
    }

    @Test
    void aTimeTooLongForNanosecondsIsRefusedSayingWhy() {
        String key = SITE + "constant/Backoff/interval";
        config.set(key, "1e300");

        assertThat(config.problem(onMethod(Api.class, "constant"))).contains(key + " = \"1e300\" is not valid: ");
    }

    /** The same members, at the edge of their ranges, on methods that use them: accepted. */
    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource({
            "plain, base, 0.001",
            "decay, decayFactor, 0",
            "plain, maxTries, 0",
            "plain, maxTime, 0",
            "plain, factor, 0",
            "plain, unit, days",
    })
    void aValueAtTheEdgeOfItsMembersRangeIsRead(String method, String member, String value) {
        config.set(SITE + method + "/Backoff/" + member, value);

        config.valid(onMethod(Api.class, method));
    }

    private static final String SITE = Api.class.getName() + "/";

    /** A CompletionStage of the application's own: the library cannot make one for the caller. */
    public interface OwnStage extends CompletionStage<String> {
    }

    public static class NoWait implements WaitFunction {
        @Override
        public Duration waitFor(Object outcome) {
            return Duration.ZERO;
        }
    }

    public static class Limits implements BackoffLimits {
    }

    public static class IsEmpty implements Predicate<String> {
        @Override
        public boolean test(String value) {
            return value.isEmpty();
        }
    }

    public static class Api {
        @Backoff(unit = ChronoUnit.WEEKS)
        public String weeks() {
            return "";
        }

        @Backoff
        public String plain() {
            return "";
        }

        @Backoff(strategy = Wait.FIBO, name = "slow")
        public String fibo() {
            return "";
        }

        @Backoff(strategy = Wait.CONSTANT)
        public String constant() {
            return "";
        }

        @Backoff(strategy = Wait.CONSTANT, jitter = Jitter.DECORRELATED)
        public String decorrelatedConstant() {
            return "";
        }

        @Backoff(strategy = Wait.DECAY)
        public String decay() {
            return "";
        }

        @Backoff(limits = Limits.class)
        public String limited() {
            return "";
        }

        @Backoff(retryIf = IsEmpty.class)
        public String valuesOnly() {
            return "";
        }

        @Backoff(retryIf = IsEmpty.class, on = IOException.class)
        public String valuesAndExceptions() throws IOException {
            return "";
        }

        @Backoff
        public Future<String> future() {
            return null;
        }

        @Backoff
        public OwnStage ownStage() {
            return null;
        }

        @Backoff
        public CompletionStage<String> stage() {
            return null;
        }

        @Backoff
        public CompletableFuture<String> completable() {
            return null;
        }

        @Backoff
        @Backoff
        public String unnamedLayers() {
            return "";
        }

        @Backoff(name = "same")
        @Backoff(name = "same")
        public String sameNames() {
            return "";
        }

        @Backoff(name = "maxTries")
        public String memberName() {
            return "";
        }

        @Backoff(name = "outer")
        @Backoff(name = "inner")
        public String namedLayers() {
            return "";
        }

        @Backoff(strategy = Wait.RUNTIME)
        public String runtimeAlone() {
            return "";
        }

        @Backoff(waitFrom = NoWait.class)
        public String waitFromAlone() {
            return "";
        }

        @Backoff(strategy = Wait.RUNTIME, waitFrom = NoWait.class)
        public String withWaitFrom() {
            return "";
        }

        @Backoff(retryIf = IsEmpty.class)
        public void voidRetryIf() {
        }
    }
}
