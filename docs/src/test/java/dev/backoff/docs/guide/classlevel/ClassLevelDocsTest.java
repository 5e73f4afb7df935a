package dev.backoff.docs.guide.classlevel;

import dev.backoff.testing.VirtualTime;
import dev.backoff.docs.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

@EnableWeld
class ClassLevelDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(InventoryClient.class, PriceClient.class, Store.class);

    @Inject
    InventoryClient client;

    @Inject
    PriceClient prices;

    @Inject
    Store store;

    @Inject
    VirtualTime time;

    @BeforeEach
    void alwaysFail() {
        store.script().thenAlwaysThrow(n -> new IOException("store down " + n));
    }

    @Test
    void everyBusinessMethodHasTheClassPolicy() {
        assertThatThrownBy(() -> client.count("apples")).isSameAs(store.script().lastOutcome());
        assertThatThrownBy(() -> client.reserve("pears", 2)).isSameAs(store.script().lastOutcome());
        assertThat(store.script().calls()).isEqualTo(6);
    }

    @Test
    void aStereotypeCarriesItsBackoffToTheBean() {
        Throwable thrown = catchThrowable(() -> prices.price("plums"));

        assertThat(thrown).hasMessage("store down 3");
        assertThat(store.script().calls()).isEqualTo(3);
    }

    @Test
    void aMethodsOwnAnnotationReplacesTheClassOne() {
        assertThatThrownBy(client::audit).isSameAs(store.script().lastOutcome());
        assertThat(store.script().calls()).isEqualTo(2);
        assertThat(time.waits()).singleElement().satisfies(w -> assertThat(w.toSeconds()).isLessThanOrEqualTo(10));
    }
}
