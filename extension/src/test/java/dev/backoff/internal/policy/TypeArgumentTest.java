package dev.backoff.internal.policy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** What a class-valued member's {@code Predicate<T>} accepts, however its class gets to {@code Predicate}. */
class TypeArgumentTest {

    static class Direct implements Predicate<IOException> {
        @Override
        public boolean test(IOException e) {
            return true;
        }
    }

    abstract static class Base<T> implements Predicate<T> {
        @Override
        public boolean test(T t) {
            return true;
        }
    }

    static class ThroughASuperclass extends Base<String> {
    }

    interface Named<X> extends Predicate<List<X>> {
    }

    static class ThroughAnInterface implements Named<String> {
        @Override
        public boolean test(List<String> values) {
            return true;
        }
    }

    static class OfGenericArrays implements Predicate<List<String>[]> {
        @Override
        public boolean test(List<String>[] values) {
            return true;
        }
    }

    @SuppressWarnings("rawtypes")
    static class Raw implements Predicate {
        @Override
        public boolean test(Object o) {
            return true;
        }
    }

    static class Open<T extends Number> extends Base<T> {
    }

    @Test
    void aDirectTypeArgument() {
        assertThat(TypeArgument.of(Direct.class, Predicate.class, 0)).isEqualTo(IOException.class);
    }

    @Test
    void anArgumentGivenToASuperclass() {
        assertThat(TypeArgument.of(ThroughASuperclass.class, Predicate.class, 0)).isEqualTo(String.class);
    }

    @Test
    void aParameterizedArgumentThroughAnInterfaceIsErased() {
        assertThat(TypeArgument.of(ThroughAnInterface.class, Predicate.class, 0)).isEqualTo(List.class);
    }

    @Test
    void aGenericArrayArgumentIsAnArrayOfTheErasure() {
        assertThat(TypeArgument.of(OfGenericArrays.class, Predicate.class, 0)).isEqualTo(List[].class);
    }

    @Test
    void aRawUseAcceptsEverything() {
        assertThat(TypeArgument.of(Raw.class, Predicate.class, 0)).isEqualTo(Object.class);
    }

    @Test
    void anOpenVariableAcceptsItsBound() {
        assertThat(TypeArgument.of(Open.class, Predicate.class, 0)).isEqualTo(Number.class);
    }

    @Test
    void aClassThatIsNotAPredicateAcceptsEverything() {
        assertThat(TypeArgument.of(String.class, Predicate.class, 0)).isEqualTo(Object.class);
    }
}
