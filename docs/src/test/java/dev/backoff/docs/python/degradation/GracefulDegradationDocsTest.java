package dev.backoff.docs.python.degradation;

import dev.backoff.docs.fakes.ConnectionError;
import dev.backoff.docs.fakes.HttpClient;
import dev.backoff.testing.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@EnableWeld
class GracefulDegradationDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Prices.class, OptionalApi.class, PriceCache.class, HttpClient.class);

    @Inject
    Prices prices;

    @Inject
    PriceCache cache;

    @Inject
    HttpClient http;

    @Test
    void afterThreeFailedTriesTheCallerFallsBackToTheCache() throws Exception {
        http.script().thenAlwaysThrow(n -> new ConnectionError("refused #" + n));

        assertThat(prices.current("https://primary.example.com/prices")).isSameAs(cache.getFromCache());
        assertThat(http.calls()).isEqualTo(3);
    }
}
