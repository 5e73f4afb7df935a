package dev.backoff.demo.web;

import dev.backoff.demo.scenario.AdvancedExamples;
import dev.backoff.demo.scenario.HttpExamples;
import dev.backoff.demo.web.PolicyText.Layer;
import dev.backoff.demo.web.PolicyText.Setting;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A card's policies: as written, and in effect with config, each value config set marked with its key. */
class PolicyTextTest {

    private static final String SITE = AdvancedExamples.class.getName() + "/comprehensiveRetry/Backoff/";

    @Test
    void asWrittenMembersAtTheirDefaultAreLeftOut() {
        assertThat(PolicyText.written(method(AdvancedExamples.class, "comprehensiveRetry"))).containsExactly(
                "@Backoff(name = \"not-ready\", retryIf = Falsy.class, strategy = Wait.FIBO, maxValue = 13)",
                "@Backoff(name = \"http-errors\", on = WebApplicationException.class, giveup = ClientErrorStatus.class,"
                        + " factor = 100, maxTime = 60_000, unit = ChronoUnit.MILLIS)",
                "@Backoff(name = \"timeouts\", on = ProcessingException.class, factor = 100, maxTries = 3,"
                        + " unit = ChronoUnit.MILLIS)");
    }

    @Test
    void withoutConfigThePolicyInEffectIsTheAnnotation() {
        List<Layer> layers = PolicyText.inEffect(method(HttpExamples.class, "fetchData"), key -> null);

        assertThat(layers).hasSize(1);
        assertThat(layers.get(0).settings()).allSatisfy(s -> assertThat(s.configKey()).isNull())
                .extracting(Setting::member).startsWith("name").contains("on", "factor", "maxTime", "unit");
    }

    @Test
    void eachStackedLayerGetsItsOwnKeysAndTheGlobalOnesItHasNoOwnKeyFor() {
        Map<String, String> config = Map.of(
                "Backoff/timeouts/maxTries", "4",
                SITE + "http-errors/factor", "50ms",
                "Backoff/jitter", "none",
                "Backoff/not-ready/jitter", "equal",
                "Backoff/fetch-data/maxTries", "2"); // another method's policy

        List<Layer> layers = PolicyText.inEffect(method(AdvancedExamples.class, "comprehensiveRetry"), config::get);

        assertThat(layers).extracting(Layer::name).containsExactly("not-ready", "http-errors", "timeouts");
        assertThat(fromConfig(layers.get(0))).containsExactly(
                new Setting("jitter", "equal", "Backoff/not-ready/jitter"));
        assertThat(fromConfig(layers.get(1))).containsExactly(
                new Setting("factor", "50ms", SITE + "http-errors/factor"),
                new Setting("jitter", "none", "Backoff/jitter"));
        assertThat(fromConfig(layers.get(2))).containsExactly(
                new Setting("jitter", "none", "Backoff/jitter"),
                new Setting("maxTries", "4", "Backoff/timeouts/maxTries"));
        // a member config did not set stays as written
        assertThat(layers.get(2).settings()).contains(new Setting("factor", "100", null));
    }

    @Test
    void theSiteKeyOfAMethodWithOneLayerWinsOverItsPolicyKey() {
        String site = HttpExamples.class.getName() + "/fetchData/Backoff/maxTries";
        Map<String, String> config = Map.of(site, "2", "Backoff/fetch-data/maxTries", "7", "Backoff/enabled", "false");

        List<Layer> layers = PolicyText.inEffect(method(HttpExamples.class, "fetchData"), config::get);

        assertThat(fromConfig(layers.get(0))).containsExactly(
                new Setting("maxTries", "2", site), new Setting("enabled", "false", "Backoff/enabled"));
    }

    @Test
    void aValueTheLibraryWouldRefuseIsReportedAsItWould() {
        assertThatThrownBy(() -> PolicyText.inEffect(method(HttpExamples.class, "fetchData"),
                Map.of("Backoff/fetch-data/maxTries", "-1")::get))
                .hasMessageContaining("backoff-cdi found 1 problem").hasMessageContaining("Backoff/fetch-data/maxTries");
    }

    private static List<Setting> fromConfig(Layer layer) {
        return layer.settings().stream().filter(s -> s.configKey() != null).toList();
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
