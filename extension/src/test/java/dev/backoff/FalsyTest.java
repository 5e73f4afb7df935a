package dev.backoff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@link Falsy}, case by case from its javadoc (SPEC 1.4, Python's truthiness): {@code null}, {@code false}, an empty
 * {@code Optional}, {@code CharSequence}, {@code Collection}, {@code Map} or array, numeric zero of any
 * {@code Number} type ({@code -0.0} included, {@code NaN} not) and {@code '\0'} are falsy; everything else is truthy.
 */
class FalsyTest {

    /** A {@code Number} type of the test's own: a fraction. */
    static final class Ratio extends Number {
        private final long numerator;
        private final long denominator;

        Ratio(long numerator, long denominator) {
            this.numerator = numerator;
            this.denominator = denominator;
        }

        @Override
        public int intValue() {
            return (int) longValue();
        }

        @Override
        public long longValue() {
            return numerator / denominator;
        }

        @Override
        public float floatValue() {
            return (float) doubleValue();
        }

        @Override
        public double doubleValue() {
            return (double) numerator / denominator;
        }
    }

    record Point(int x, int y) {
    }

    private final Falsy falsy = new Falsy();

    @ParameterizedTest(name = "{0} is falsy")
    @MethodSource
    void falsyValues(String description, Object value) {
        assertThat(falsy.test(value)).isTrue();
    }

    static Stream<Arguments> falsyValues() {
        return Stream.of(
                arguments("null", null),
                arguments("false", false),
                arguments("an empty Optional", Optional.empty()),
                arguments("an empty OptionalInt", OptionalInt.empty()),
                arguments("an empty OptionalLong", OptionalLong.empty()),
                arguments("an empty OptionalDouble", OptionalDouble.empty()),
                arguments("an empty String", ""),
                arguments("an empty StringBuilder", new StringBuilder()),
                arguments("an empty List", new ArrayList<>()),
                arguments("an empty Set", new HashSet<>()),
                arguments("an empty Map", Map.of()),
                arguments("an empty Object[]", new Object[0]),
                arguments("an empty int[]", new int[0]),
                arguments("int 0", 0),
                arguments("long 0", 0L),
                arguments("short 0", (short) 0),
                arguments("byte 0", (byte) 0),
                arguments("double 0", 0.0),
                arguments("double -0", -0.0),
                arguments("float 0", 0f),
                arguments("float -0", -0f),
                arguments("BigDecimal 0", BigDecimal.ZERO),
                arguments("BigDecimal 0.000", new BigDecimal("0.000")),
                arguments("BigDecimal 0E+5", new BigDecimal("0E+5")),
                arguments("BigInteger 0", BigInteger.ZERO),
                arguments("AtomicInteger 0", new AtomicInteger()),
                arguments("AtomicLong 0", new AtomicLong()),
                arguments("DoubleAdder 0", new DoubleAdder()),
                arguments("a Number type of one's own at 0", new Ratio(0, 3)),
                arguments("'\\0'", '\0'));
    }

    @ParameterizedTest(name = "{0} is truthy")
    @MethodSource
    void truthyValues(String description, Object value) {
        assertThat(falsy.test(value)).isFalse();
    }

    static Stream<Arguments> truthyValues() {
        return Stream.of(
                arguments("true", true),
                arguments("an Optional of an empty string", Optional.of("")),
                arguments("an Optional of false", Optional.of(false)),
                arguments("an OptionalInt of 0", OptionalInt.of(0)),
                arguments("an OptionalLong of 0", OptionalLong.of(0)),
                arguments("an OptionalDouble of 0", OptionalDouble.of(0)),
                arguments("a blank String", " "),
                arguments("a String", "ok"),
                arguments("a List of one null", Collections.singletonList(null)),
                arguments("a List of 0", List.of(0)),
                arguments("a Map with an empty value", Map.of("k", "")),
                arguments("an array of one null", new Object[] {null}),
                arguments("an int[] of 0", new int[] {0}),
                arguments("int 1", 1),
                arguments("int -1", -1),
                arguments("Long.MIN_VALUE", Long.MIN_VALUE),
                arguments("double 0.5", 0.5),
                arguments("Double.MIN_VALUE", Double.MIN_VALUE),
                arguments("NaN", Double.NaN),
                arguments("float NaN", Float.NaN),
                arguments("infinity", Double.NEGATIVE_INFINITY),
                arguments("BigDecimal 1E-400 (0.0 as a double)", new BigDecimal("1E-400")),
                arguments("BigInteger 2^100", BigInteger.TWO.pow(100)),
                arguments("AtomicInteger 7", new AtomicInteger(7)),
                arguments("a Number of one's own between 0 and 1", new Ratio(1, 2)),
                arguments("'a'", 'a'),
                arguments("' '", ' '),
                arguments("an Object", new Object()),
                arguments("a record of zeros", new Point(0, 0)));
    }
}
