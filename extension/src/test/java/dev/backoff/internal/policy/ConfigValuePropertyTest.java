package dev.backoff.internal.policy;

import dev.backoff.Backoff;
import dev.backoff.Wait;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.statistics.Statistics;

import java.time.temporal.ChronoUnit;

import java.util.Optional;

import static dev.backoff.internal.policy.ReaderHarness.onMethod;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 5.5: whatever text a config key gives any configurable member, the reader either accepts it and the policy
 * holds exactly what it means, or reports exactly one problem naming the method, the key, the quoted value and what
 * is accepted. No exception escapes, nothing is ignored.
 */
class ConfigValuePropertyTest {

    private static final Declaration PLAIN = onMethod(Api.class, "plain");
    private static final String SITE = Api.class.getName() + "/plain/Backoff/";

    /**
     * The method whose policy uses {@code member}, and so reads a key of its own for it (SPEC 6: a site's key for a
     * member its policy never uses is refused): a DECAY or a CONSTANT method for their own members, else the plain one.
     */
    static String methodUsing(String member) {
        return switch (member) {
            case "interval" -> "constant";
            case "initialValue", "decayFactor", "minValue" -> "decay";
            default -> "plain";
        };
    }

    @Property(tries = 3000)
    void everyValueIsAcceptedFaithfullyOrReportedClearly(@ForAll("members") String member,
                                                          @ForAll("values") String value) {
        Declaration declaration = onMethod(Api.class, methodUsing(member));
        String site = Api.class.getName() + "/" + methodUsing(member) + "/Backoff/";
        ReaderHarness config = new ReaderHarness().set(site + member, value);
        ConfigValueOracle.Member oracle = ConfigValueOracle.MEMBERS.get(member);

        ReaderHarness.Read read = config.read(declaration);

        Optional<Object> expected = oracle.expected().apply(value);
        Statistics.label("outcome").collect(expected.isPresent() ? "accepted" : "refused");
        Statistics.label("outcome").coverage(c -> {
            c.check("accepted").percentage(p -> p > 5);
            c.check("refused").percentage(p -> p > 5);
        });
        if (expected.isPresent()) {
            assertThat(read.problems()).as("problems with %s = \"%s\"", member, value).isEmpty();
            assertThat(oracle.actual().apply(read.policies()[0])).as("%s = \"%s\"", member, value)
                    .isEqualTo(expected.get());
        } else {
            assertThat(read.problems()).as("problems with %s = \"%s\"", member, value).singleElement()
                    .asString()
                    .startsWith(declaration.where() + ": ")
                    .contains("config key " + site + member + " = \"" + value + "\"")
                    .containsPattern("; accepted: \\S");
        }
    }

    @Example
    void everyConfigurableMemberHasAnOracle() {
        assertThat(ConfigValueOracle.MEMBERS).containsOnlyKeys(Members.configurable());
    }

    /** SPEC 5.4: a plain number is in the unit, the annotation's or the one config sets. */
    @Property(tries = 500)
    void plainNumbersAreInTheConfiguredUnit(@ForAll("units") ChronoUnit unit,
                                            @ForAll @DoubleRange(min = 0, max = 1e6) double number) {
        Assume.that(number * unit.getDuration().toNanos() < 0x1p63); // larger overflows: see the oracle's time()
        ReaderHarness config = new ReaderHarness().set(SITE + "unit", unit.name().toLowerCase())
                .set(SITE + "maxValue", String.valueOf(number));

        Policy waits = config.valid(PLAIN);

        assertThat(waits.maxValue()).isEqualTo(number * unit.getDuration().toNanos());
        assertThat(waits.factor()).isEqualTo(unit.getDuration().toNanos());
    }

    @Provide
    Arbitrary<ChronoUnit> units() {
        return Arbitraries.of(ChronoUnit.class).filter(u -> u.compareTo(ChronoUnit.DAYS) <= 0);
    }

    @Provide
    Arbitrary<String> members() {
        return Arbitraries.of(Members.configurable());
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, numbers()),
                Tuple.of(4, withUnit()),
                Tuple.of(2, isoDurations()),
                Tuple.of(2, lists()),
                Tuple.of(2, constants()),
                Tuple.of(2, classNames()),
                Tuple.of(3, garbage()));
    }

    private Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.integers().between(-3, 100).map(String::valueOf),
                Arbitraries.doubles().between(-1e6, 1e6).map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e-400", "4.9e-324", "1.7976931348623157E308",
                        "-0", "0.0", "+5", ".5", "5.", "0x10", "0x1p3", "1d", "2f", "3L", "1_000", "١", "٣", "１", "2147483647",
                        "2147483648", "-2147483649", "9223372036854775807", "99999999999999999999", "1e3", "1E+2", " 7 ",
                        "\t3\t", "3 4", "--1", "+-1", "e5", "."));
    }

    private Arbitrary<String> withUnit() {
        Arbitrary<String> suffix = Arbitraries.of("ns", "us", "µs", "ms", "s", "m", "h", "d", "S", "MS", "sec", "min",
                "x", "mss", "hh", "D");
        return Arbitraries.oneOf(numbers(), Arbitraries.doubles().between(0, 1).map(String::valueOf))
                .flatMap(n -> Arbitraries.of("", " ").flatMap(gap -> suffix.map(u -> n.strip() + gap + u)));
    }

    private Arbitrary<String> isoDurations() {
        Arbitrary<String> n = Arbitraries.oneOf(Arbitraries.integers().between(-10, 100).map(String::valueOf),
                Arbitraries.of("0.5", "1.25", "99999999999999999", "9223372036854775807", "x", ""));
        return n.flatMap(v -> Arbitraries.of("PT" + v + "S", "pt" + v + "m", "P" + v + "D", "-PT" + v + "S",
                "PT" + v + "H", "P" + v + "W", "PT" + v + "S ", "+PT" + v + "S"));
    }

    private Arbitrary<String> lists() {
        Arbitrary<String> element = Arbitraries.oneOf(numbers(), withUnit(), isoDurations(), Arbitraries.of("", " "));
        return element.list().ofMinSize(0).ofMaxSize(4).flatMap(l -> Arbitraries.of(",", ", ", " ,")
                .map(sep -> String.join(sep, l)));
    }

    private Arbitrary<String> constants() {
        return Arbitraries.of("EXPO", "FIBO", "CONSTANT", "DECAY", "RUNTIME", "FULL", "EQUAL", "DECORRELATED", "RANDOM",
                        "NONE", "NANOS", "MICROS", "MILLIS", "SECONDS", "MINUTES", "HOURS", "HALF_DAYS", "DAYS", "WEEKS",
                        "FOREVER", "ERAS", "TRUE", "FALSE", "YES", "ON", "EXP", "")
                .flatMap(s -> Arbitraries.of(s, s.toLowerCase(), " " + s + " ", capitalised(s), s + "S"));
    }

    private Arbitrary<String> classNames() {
        Arbitrary<String> name = Arbitraries.of("java.io.IOException", "java.lang.Error", "java.lang.Throwable",
                "java.util.concurrent.TimeoutException", "java.lang.IllegalStateException", "java.lang.String",
                "java.lang.Object", "no.such.Exception", "IOException", "int", "[Ljava.lang.Exception;", "", " ",
                "java.lang.Thread$State", "java.util.Map$Entry");
        return name.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(",", l));
    }

    private Arbitrary<String> garbage() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("µé٣１\t\u00a0,").ofMaxLength(12);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.charAt(0) + s.substring(1).toLowerCase();
    }

    public static class Api {
        @Backoff
        public String plain() {
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
