package dev.backoff.tck.annotation;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.config.Failing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC 1.5: a class annotation covers every business method; a method's own annotation replaces it. */
@Spec("1.5")
@Deploy({ClassLevelTest.Inventory.class, ClassLevelTest.Orders.class, ClassLevelTest.Invoices.class})
class ClassLevelTest {

    @Inject
    Inventory inventory;

    @Inject
    Orders orders;

    @Inject
    Invoices invoices;

    @Inject
    VirtualTime time;

    @Test
    void everyBusinessMethodGetsTheClassPolicy() {
        assertThatThrownBy(() -> inventory.count("apples")).isInstanceOf(IOException.class);
        assertThat(inventory.calls()).isEqualTo(3);
        assertThatThrownBy(() -> inventory.reserve("pears")).isInstanceOf(IOException.class);
        assertThat(inventory.calls()).isEqualTo(6);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aMethodAnnotationReplacesTheClassOneEntirely() {
        assertThatThrownBy(() -> inventory.audit()).isInstanceOf(IOException.class);

        assertThat(inventory.calls()).as("maxTries = 2 of the method, not 3 of the class").isEqualTo(2);
        assertThat(time.waits()).as("CONSTANT 7 of the method").containsExactly(Duration.ofSeconds(7));
    }

    /** SPEC 1: {@code @Backoff} is {@code @Inherited}. */
    @Test
    @Spec({"1", "1.5"})
    void aClassAnnotationIsInheritedBySubclassBeans() {
        assertThatThrownBy(() -> orders.place("o-1")).isInstanceOf(IOException.class);
        assertThat(orders.calls()).isEqualTo(3);
    }

    @Test
    @Spec({"1", "1.5"})
    void beansInheritingOneMethodKeepTheirOwnClassPolicies() {
        assertThatThrownBy(() -> invoices.place("i-1")).isInstanceOf(IOException.class);
        assertThat(invoices.calls()).as("Invoices' own class annotation: maxTries = 4").isEqualTo(4);

        assertThatThrownBy(() -> orders.place("o-1")).isInstanceOf(IOException.class);
        assertThat(orders.calls()).as("the inherited Base annotation: maxTries = 3").isEqualTo(3);
    }

    @ApplicationScoped
    @Backoff(on = IOException.class, maxTries = 3, jitter = Jitter.NONE)
    public static class Inventory extends Failing {
        public int count(String item) throws IOException {
            throw failure();
        }

        public void reserve(String item) throws IOException {
            throw failure();
        }

        @Backoff(on = IOException.class, maxTries = 2, strategy = dev.backoff.Wait.CONSTANT, interval = 7,
                jitter = Jitter.NONE)
        public void audit() throws IOException {
            throw failure();
        }
    }

    @Backoff(on = IOException.class, maxTries = 3, jitter = Jitter.NONE)
    public abstract static class Base extends Failing {
        public String place(String id) throws IOException {
            throw failure();
        }
    }

    @ApplicationScoped
    public static class Orders extends Base {
    }

    @ApplicationScoped
    @Backoff(on = IOException.class, maxTries = 4, jitter = Jitter.NONE)
    public static class Invoices extends Base {
    }
}
