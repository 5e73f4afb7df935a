package dev.backoff.internal.policy;

import dev.backoff.Backoff;
import org.junit.jupiter.api.Test;

import static dev.backoff.internal.policy.ReaderHarness.onClass;
import static dev.backoff.internal.policy.ReaderHarness.onMethod;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 5.2: which config key sets a member, first found wins, and which keys count at all. */
class ConfigPrecedenceTest {

    private static final String API = Api.class.getName();
    private static final String CLASS_API = ClassApi.class.getName();

    private final ReaderHarness config = new ReaderHarness();

    @Test
    void annotationValueWhenNoKeyIsSet() {
        assertThat(maxTries(onMethod(Api.class, "fetch"))).isEqualTo(2);
    }

    @Test
    void globalKeyBeatsTheAnnotation() {
        config.set("Backoff/maxTries", "7");

        assertThat(maxTries(onMethod(Api.class, "fetch"))).isEqualTo(7);
    }

    @Test
    void policyKeyBeatsTheGlobalKey() {
        config.set("Backoff/maxTries", "7").set("Backoff/payments/maxTries", "6");

        assertThat(maxTries(onMethod(Api.class, "fetch"))).isEqualTo(6);
    }

    @Test
    void siteKeyBeatsThePolicyKey() {
        config.set("Backoff/maxTries", "7").set("Backoff/payments/maxTries", "6")
                .set(API + "/fetch/Backoff/maxTries", "5");

        assertThat(maxTries(onMethod(Api.class, "fetch"))).isEqualTo(5);
    }

    @Test
    void keysAreLookedUpSiteThenPolicyThenGlobal() {
        config.read(onMethod(Api.class, "fetch"));

        assertThat(config.keysAsked()).filteredOn(k -> k.endsWith("/maxTries"))
                .containsExactly(API + "/fetch/Backoff/maxTries", "Backoff/payments/maxTries", "Backoff/maxTries");
    }

    @Test
    void policyKeyDoesNotApplyToAnotherName() {
        config.set("Backoff/other/maxTries", "6");

        assertThat(maxTries(onMethod(Api.class, "fetch"))).isEqualTo(2);
    }

    @Test
    void policyKeyAppliesToEveryAnnotationWithThatName() {
        config.set("Backoff/payments/maxTries", "6");

        assertThat(maxTries(onMethod(Api.class, "fetch"))).isEqualTo(6);
        assertThat(maxTries(onMethod(Api.class, "refund"))).isEqualTo(6);
    }

    @Test
    void methodSiteKeyNamesOnlyThatMethod() {
        config.set(API + "/fetch/Backoff/maxTries", "5");

        assertThat(maxTries(onMethod(Api.class, "refund"))).isEqualTo(3);
    }

    /** MP FT TCK ConfigPropertyGlobalVsClassTest: method annotation, class key 5, global key 7: 8 calls. */
    @Test
    void methodAnnotationIgnoresTheClassKey() {
        config.set(API + "/Backoff/maxTries", "5").set("Backoff/maxTries", "8");

        assertThat(maxTries(onMethod(Api.class, "fetch"))).isEqualTo(8);
    }

    @Test
    void classAnnotationUsesTheClassKey() {
        config.set(CLASS_API + "/Backoff/maxTries", "5").set("Backoff/maxTries", "8");

        assertThat(maxTries(onClass(ClassApi.class, "load"))).isEqualTo(5);
    }

    @Test
    void classAnnotationIgnoresTheMethodKey() {
        config.set(CLASS_API + "/load/Backoff/maxTries", "5");

        assertThat(maxTries(onClass(ClassApi.class, "load"))).isEqualTo(4);
    }

    @Test
    void stackedLayerHasItsOwnSiteKeyWithItsName() {
        config.set(API + "/stacked/Backoff/inner/maxTries", "5");

        Policy[] layers = read(onMethod(Api.class, "stacked"));

        assertThat(layers[0].maxTries()).isEqualTo(10);
        assertThat(layers[1].maxTries()).isEqualTo(5);
    }

    @Test
    void stackedLayerSiteKeyBeatsItsPolicyKey() {
        config.set(API + "/stacked/Backoff/outer/maxTries", "5").set("Backoff/outer/maxTries", "6")
                .set("Backoff/inner/maxTries", "7");

        Policy[] layers = read(onMethod(Api.class, "stacked"));

        assertThat(layers[0].maxTries()).isEqualTo(5);
        assertThat(layers[1].maxTries()).isEqualTo(7);
    }

    /** The site key of a stacked method would not say which layer it means: only the named form counts. */
    @Test
    void stackedLayersIgnoreTheUnnamedSiteKey() {
        config.set(API + "/stacked/Backoff/maxTries", "5");

        Policy[] layers = read(onMethod(Api.class, "stacked"));

        assertThat(layers[0].maxTries()).isEqualTo(10);
        assertThat(layers[1].maxTries()).isEqualTo(3);
    }

    @Test
    void singleNamedAnnotationUsesThePlainSiteKey() {
        config.set(API + "/fetch/Backoff/maxTries", "5").set(API + "/fetch/Backoff/payments/maxTries", "9");

        assertThat(maxTries(onMethod(Api.class, "fetch"))).isEqualTo(5);
    }

    @Test
    void eachMemberIsResolvedOnItsOwn() {
        config.set(API + "/fetch/Backoff/maxTries", "5").set("Backoff/payments/factor", "3")
                .set("Backoff/raiseOnGiveup", "false");

        Policy policy = config.valid(onMethod(Api.class, "fetch"));

        assertThat(policy.maxTries()).isEqualTo(5);
        assertThat(policy.factor()).isEqualTo(3e9);
        assertThat(policy.raiseOnGiveup()).isFalse();
    }

    @Test
    void enabledFollowsTheSameKeys() {
        config.set("Backoff/enabled", "false").set("Backoff/payments/enabled", "true");

        assertThat(config.valid(onMethod(Api.class, "fetch")).enabled()).isTrue();
        assertThat(config.valid(onClass(ClassApi.class, "load")).enabled()).isFalse();
    }

    private int maxTries(Declaration declaration) {
        return config.valid(declaration).maxTries();
    }

    private Policy[] read(Declaration declaration) {
        ReaderHarness.Read read = config.read(declaration);
        assertThat(read.problems()).isEmpty();
        return read.policies();
    }

    public static class Api {
        @Backoff(name = "payments", maxTries = 2)
        public String fetch() {
            return "";
        }

        @Backoff(name = "payments", maxTries = 3)
        public String refund() {
            return "";
        }

        @Backoff(name = "outer", maxTries = 10)
        @Backoff(name = "inner", maxTries = 3)
        public String stacked() {
            return "";
        }
    }

    @Backoff(maxTries = 4)
    public static class ClassApi {
        public String load() {
            return "";
        }
    }
}
