package dev.backoff.tck.annotation;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.tck.TckConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import jakarta.interceptor.InterceptorBinding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 1.7: {@code @Backoff} on a stereotype acts as a class-level {@code @Backoff} of the bean; on another interceptor
 * binding, as a method-level one where that binding sits. Config keys are the bean class's and method's own, and a
 * {@code @Backoff} written on the class or method itself wins.
 */
@Spec("1.7")
class StereotypeTest {

    @Stereotype
    @Backoff(on = IOException.class, maxTries = 2, jitter = Jitter.NONE)
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Resilient {
    }

    @InterceptorBinding
    @Backoff(on = IOException.class, maxTries = 3, jitter = Jitter.NONE)
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    public @interface Retried {
    }

    @Test
    void aStereotypeActsAsAClassAnnotation() {
        try (Deployed deployed = Tck.start(ViaStereotype.class)) {
            ViaStereotype bean = deployed.get(ViaStereotype.class);

            assertThatThrownBy(bean::fetch).hasMessage("down 2");
            assertThatThrownBy(bean::store).hasMessage("down 4");
        }
    }

    @Test
    void anInterceptorBindingActsAsAMethodAnnotationWhereItSits() {
        try (Deployed deployed = Tck.start(ViaBinding.class)) {
            ViaBinding bean = deployed.get(ViaBinding.class);

            assertThatThrownBy(bean::fetch).hasMessage("down 3");
            assertThatThrownBy(bean::plain).as("not bound").hasMessage("down 4");
        }
    }

    @Test
    void theClassAndMethodKeysOfTheBeanApply() {
        TckConfig.set(ViaStereotype.class.getName() + "/Backoff/maxTries", "4");
        TckConfig.set(ViaBinding.class.getName() + "/fetch/Backoff/maxTries", "5");
        try (Deployed deployed = Tck.start(ViaStereotype.class, ViaBinding.class)) {
            assertThatThrownBy(deployed.get(ViaStereotype.class)::fetch).hasMessage("down 4");
            assertThatThrownBy(deployed.get(ViaBinding.class)::fetch).hasMessage("down 5");
        }
    }

    @Test
    void anAnnotationOnTheClassOrMethodItselfWins() {
        try (Deployed deployed = Tck.start(OwnWins.class)) {
            OwnWins bean = deployed.get(OwnWins.class);

            assertThatThrownBy(bean::fetch).as("the method's own").hasMessage("down 6");
            assertThatThrownBy(bean::store).as("the class's own, over the stereotype").hasMessage("down 11");
        }
    }

    @ApplicationScoped
    @Resilient
    public static class ViaStereotype {
        private int calls;

        public void fetch() throws IOException {
            throw new IOException("down " + ++calls);
        }

        public void store() throws IOException {
            throw new IOException("down " + ++calls);
        }
    }

    @ApplicationScoped
    public static class ViaBinding {
        private int calls;

        @Retried
        public void fetch() throws IOException {
            throw new IOException("down " + ++calls);
        }

        public void plain() throws IOException {
            throw new IOException("down " + ++calls);
        }
    }

    @ApplicationScoped
    @Resilient
    @Backoff(on = IOException.class, maxTries = 5, jitter = Jitter.NONE)
    public static class OwnWins {
        private int calls;

        @Backoff(on = IOException.class, maxTries = 6, jitter = Jitter.NONE)
        public void fetch() throws IOException {
            throw new IOException("down " + ++calls);
        }

        public void store() throws IOException {
            throw new IOException("down " + ++calls);
        }
    }
}
