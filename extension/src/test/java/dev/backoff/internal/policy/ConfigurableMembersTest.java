package dev.backoff.internal.policy;

import dev.backoff.Backoff;
import dev.backoff.Falsy;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.backoff.internal.policy.ReaderHarness.onMethod;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 5.1, 5.4, 1.1: every configurable member really is set by its key, in each of its accepted forms. */
class ConfigurableMembersTest {

    private static final String SITE = Api.class.getName() + "/plain/Backoff/";

    private final ReaderHarness config = new ReaderHarness();

    /** A config value for a member, and what the policy must then hold. */
    record Case(String member, String value, Function<Policy, Object> read, Object expected) {
        @Override
        public String toString() {
            return member + " = " + value;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("on", "java.io.IOException, java.util.concurrent.TimeoutException",
                        p -> List.of(p.on()), List.of(IOException.class, TimeoutException.class)),
                new Case("on", "java.lang.Error", p -> List.of(p.on()), List.of(Error.class)),
                new Case("abortOn", "java.io.FileNotFoundException", p -> List.of(p.abortOn()),
                        List.of(FileNotFoundException.class)),
                new Case("strategy", "fibo", p -> p.strategy(), Wait.FIBO),
                new Case("strategy", "Constant", p -> p.strategy(), Wait.CONSTANT),
                new Case("base", "3.5", p -> p.base(), 3.5),
                new Case("factor", "2", p -> p.factor(), 2e9),
                new Case("factor", "250ms", p -> p.factor(), 250e6),
                new Case("maxValue", "1m", p -> p.maxValue(), 60e9),
                new Case("maxValue", "0", p -> p.maxValue(), 0.0),
                new Case("interval", "1, 2.5s,300ms", p -> toList(p.interval()), List.of(1e9, 2.5e9, 300e6)),
                new Case("interval", "PT0.5S", p -> toList(p.interval()), List.of(500e6)),
                new Case("initialValue", "PT2S", p -> p.initialValue(), 2e9),
                new Case("decayFactor", "0.5", p -> p.decayFactor(), 0.5),
                new Case("decayFactor", "0", p -> p.decayFactor(), 0.0),
                new Case("minValue", "100ms", p -> p.minValue(), 100e6),
                new Case("jitter", "none", p -> p.jitter(), Jitter.NONE),
                new Case("jitter", "DeCorrelated", p -> p.jitter(), Jitter.DECORRELATED),
                new Case("maxTries", "4", p -> p.maxTries(), 4),
                new Case("maxTries", " 1 ", p -> p.maxTries(), 1),
                new Case("maxTime", "30", p -> p.maxTimeNanos(), 30_000_000_000L),
                new Case("maxTime", "1h", p -> p.maxTimeNanos(), 3_600_000_000_000L),
                new Case("maxTime", "1d", p -> p.maxTimeNanos(), 86_400_000_000_000L),
                new Case("maxTime", "10us", p -> p.maxTimeNanos(), 10_000L),
                new Case("maxTime", "5ns", p -> p.maxTimeNanos(), 5L),
                new Case("unit", "millis", p -> p.unitNanos(), 1e6),
                new Case("unit", "MINUTES", p -> p.factor(), 60e9),
                new Case("raiseOnGiveup", "false", p -> p.raiseOnGiveup(), false),
                new Case("raiseOnGiveup", "TRUE", p -> p.raiseOnGiveup(), true),
                new Case("enabled", "false", p -> p.enabled(), false),
                new Case("enabled", "true", p -> p.enabled(), true),
                new Case("retryAfter", "false", p -> p.retryAfter(), false),
                new Case("budget", " payments ", p -> p.budgetName(), "payments"),
                new Case("budget", "", p -> p.budgetName(), ""),
                new Case("maxServerDelay", "30", p -> p.maxServerDelayNanos(), 30_000_000_000L),
                new Case("maxServerDelay", "2m", p -> p.maxServerDelayNanos(), 120_000_000_000L),
                new Case("logging", "giveup", p -> p.logging(), Logging.GIVEUP),
                new Case("logging", "OFF", p -> p.logging(), Logging.OFF));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void siteKeySetsTheMember(Case c) {
        String method = ConfigValuePropertyTest.methodUsing(c.member());
        config.set(Api.class.getName() + "/" + method + "/Backoff/" + c.member(), c.value());

        assertThat(c.read().apply(config.valid(onMethod(Api.class, method)))).isEqualTo(c.expected());
    }

    @Test
    void everyConfigurableMemberHasACase() {
        assertThat(cases().map(Case::member).distinct()).containsExactlyInAnyOrderElementsOf(Members.configurable());
    }

    /** SPEC 5.1: every member but the class-valued ones of 1.2 and name, plus the config-only keys. */
    @Test
    void configurableMembersAreThoseOfTheSpec() {
        List<String> classValued = List.of("giveup", "retryIf", "waitFrom", "limits", "listeners");
        Stream<String> members = Arrays.stream(Backoff.class.getDeclaredMethods()).map(Method::getName)
                .filter(n -> !classValued.contains(n) && !n.equals("name"));

        assertThat(Members.configurable())
                .containsExactlyInAnyOrderElementsOf(Stream.concat(members, Stream.of("enabled", "maxServerDelay", "logging")).toList());
    }

    @Test
    void configNumbersAreInTheAnnotationsUnit() {
        config.set(Api.class.getName() + "/millis/Backoff/factor", "5");

        assertThat(config.valid(onMethod(Api.class, "millis")).factor()).isEqualTo(5e6);
    }

    /** SPEC 6: a site's key for a member its policy never uses would change nothing: refused, saying what uses it. */
    @Test
    void aSiteKeyForAMemberThePolicyNeverUsesIsRefused() {
        config.set(SITE + "interval", "2");

        assertThat(config.problem(onMethod(Api.class, "plain"))).contains("config key " + SITE + "interval = \"2\""
                + " sets interval, which this policy never uses: only CONSTANT waits use it");
    }

    @Test
    void aGlobalKeyMaySetAMemberSomePoliciesDoNotUse() {
        config.set("Backoff/interval", "2");

        assertThat(config.valid(onMethod(Api.class, "plain")).interval()).containsExactly(2e9);
    }

    @Test
    void configNumbersAreInTheConfiguredUnit() {
        String constant = Api.class.getName() + "/constant/Backoff/";
        config.set(constant + "unit", "MILLIS").set(constant + "maxTime", "1500").set(constant + "interval", "2,3");

        Policy policy = config.valid(onMethod(Api.class, "constant"));

        assertThat(policy.maxTimeNanos()).isEqualTo(1_500_000_000L);
        assertThat(policy.interval()).containsExactly(2e6, 3e6);
    }

    @Test
    void annotationTimesAreInTheConfiguredUnit() {
        config.set(Api.class.getName() + "/millis/Backoff/unit", "minutes");

        Policy policy = config.valid(onMethod(Api.class, "millis"));

        assertThat(policy.factor()).isEqualTo(3 * 60e9);
        assertThat(policy.maxTimeNanos()).isEqualTo(7 * 60_000_000_000L);
    }

    @Test
    void configUnitDoesNotChangeValuesWithTheirOwnUnit() {
        config.set(SITE + "unit", "MINUTES").set(SITE + "maxTime", "90s");

        assertThat(config.valid(onMethod(Api.class, "plain")).maxTimeNanos()).isEqualTo(90_000_000_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "1", "0", "on", "off", "t", ""})
    void booleansAreOnlyTrueOrFalse(String value) {
        config.set(SITE + "raiseOnGiveup", value);

        assertThat(config.problem(onMethod(Api.class, "plain")))
                .contains(SITE + "raiseOnGiveup", "\"" + value + "\"", "accepted: true or false");
    }

    @Test
    void neitherOnNorRetryIfRetriesEveryException() {
        Policy policy = config.valid(onMethod(Api.class, "plain"));

        assertThat(policy.on()).containsExactly(Exception.class);
        assertThat(policy.retryIf()).isNull();
    }

    @Test
    void onlyRetryIfRetriesNoException() {
        Policy policy = config.valid(onMethod(Api.class, "values"));

        assertThat(policy.on()).isEmpty();
        assertThat(policy.retryIf()).isInstanceOf(Falsy.class);
    }

    @Test
    void onAndRetryIfKeepTheGivenExceptions() {
        Policy policy = config.valid(onMethod(Api.class, "both"));

        assertThat(policy.on()).containsExactly(IOException.class);
        assertThat(policy.retryIf()).isInstanceOf(Falsy.class);
    }

    @Test
    void configuredOnAddsExceptionsToARetryIfPolicy() {
        config.set(Api.class.getName() + "/values/Backoff/on", "java.io.IOException");

        assertThat(config.valid(onMethod(Api.class, "values")).on()).containsExactly(IOException.class);
    }

    @Test
    void annotationDefaults() {
        Policy policy = config.valid(onMethod(Api.class, "plain"));

        assertThat(policy.enabled()).isTrue();
        assertThat(policy.maxTries()).isZero();
        assertThat(policy.maxTimeNanos()).isZero();
        assertThat(policy.raiseOnGiveup()).isTrue();
        assertThat(policy.abortOn()).isEmpty();
        Policy waits = policy;
        assertThat(waits.strategy()).isEqualTo(Wait.EXPO);
        assertThat(waits.jitter()).isEqualTo(Jitter.FULL);
        assertThat(waits.unitNanos()).isEqualTo(ChronoUnit.SECONDS.getDuration().toNanos());
        assertThat(waits.base()).isEqualTo(2.0);
        assertThat(waits.factor()).isEqualTo(1e9);
        assertThat(waits.interval()).containsExactly(1e9);
        assertThat(policy.retryAfter()).isTrue();
        assertThat(policy.maxServerDelayNanos()).isEqualTo(300_000_000_000L);
        assertThat(policy.budgetName()).isEmpty();
        assertThat(policy.logging()).isEqualTo(Logging.ALL);
    }

    /** A config-only member has no annotation unit to follow: its default is five minutes in every unit. */
    @Test
    void maxServerDelaysDefaultIsFiveMinutesWhateverTheUnit() {
        assertThat(config.valid(onMethod(Api.class, "millis")).maxServerDelayNanos()).isEqualTo(300_000_000_000L);
    }

    @Test
    void aSiteKeyForMaxServerDelayWhereMaxTimeBoundsServerDelaysIsRefused() {
        String millis = Api.class.getName() + "/millis/Backoff/";
        config.set(millis + "maxServerDelay", "1m");

        assertThat(config.problem(onMethod(Api.class, "millis"))).contains("config key " + millis + "maxServerDelay"
                + " = \"1m\" sets maxServerDelay, which this policy never uses: only server delays use it, which"
                + " RUNTIME waits and retryAfter = false do not wait for, and which maxTime bounds instead");
    }

    @Test
    void aBudgetNameIsAConfigKeySegment() {
        config.set(SITE + "budget", "a/b");

        assertThat(config.problem(onMethod(Api.class, "plain"))).contains("config key " + SITE + "budget = \"a/b\""
                + " is not valid; accepted: a budget's name (letters, digits, '_', '-' and '.'), or nothing for no"
                + " budget");
    }

    private static List<Double> toList(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    public static class Api {
        @Backoff
        public String plain() {
            return "";
        }

        @Backoff(unit = ChronoUnit.MILLIS, factor = 3, maxTime = 7)
        public String millis() {
            return "";
        }

        @Backoff(retryIf = Falsy.class)
        public String values() {
            return "";
        }

        @Backoff(on = IOException.class, retryIf = Falsy.class)
        public String both() {
            return "";
        }

        @Backoff(strategy = Wait.CONSTANT)
        public String constant() {
            return "";
        }

        @Backoff(strategy = Wait.DECAY)
        public String decay() {
            return "";
        }
    }
}
