package dev.backoff.internal.cdi;

import dev.backoff.internal.cdi.SiteScanner.SourceKey;
import dev.backoff.internal.policy.ConfigKeys;
import dev.backoff.internal.policy.Declaration;
import dev.backoff.internal.policy.MemberInstances;
import dev.backoff.internal.policy.Policy;
import dev.backoff.internal.policy.PolicyMeter;
import dev.backoff.internal.policy.PolicyReader;
import dev.backoff.internal.policy.Problem;
import jakarta.enterprise.inject.spi.BeanContainer;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * What both extensions do with the sites they scanned (SPEC 5, 6): read every policy from its annotations and the
 * config, check it, bind its class-valued members, give it its meters, and publish the sites; or return every problem
 * found, to fail the deployment with all of them at once. The build-compatible extension also runs the checks alone at
 * build time, where no instance can be made.
 */
final class Resolution {

    private static final Logger LOG = Logger.getLogger("dev.backoff");

    private final SiteScanner scanned;

    Resolution(SiteScanner scanned) {
        this.scanned = scanned;
    }

    /**
     * Build time (CDI Lite): every problem of every policy read with {@code config}, making no member instance: a
     * class-valued member is only checked to be a class that could be made.
     */
    List<Problem> check(PolicyReader.Config config) {
        List<Problem> problems = new ArrayList<>(scanned.problems());
        read(config, new MemberInstances(Resolution::couldBeMade), problems);
        return problems;
    }

    /**
     * Startup: reads every policy with {@code config}, binds its members with the container's beans, and when nothing
     * is wrong, publishes the sites to {@code sites}.
     *
     * @return every problem found, scanning included; empty when the sites were published
     */
    List<Problem> resolve(PolicyReader.Config config, BeanContainer container, Sites sites) {
        List<Problem> problems = new ArrayList<>(scanned.problems());
        ConfigKeys.Found keys = new ConfigKeys(scanned.declarations().values()).check(config.keys(),
                System.getenv().keySet());
        problems.addAll(keys.problems());
        keys.warnings().forEach(LOG::warning);
        Map<SourceKey, List<Policy.Builder>> read = read(config,
                new MemberInstances(new BeanInstances(container)), problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        Function<String, PolicyMeter> meters = Meters.forContainer(container);
        Map<SourceKey, Policy[]> policies = new HashMap<>();
        read.forEach((key, builders) -> policies.put(key, builders.stream()
                .map(builder -> builder.meter(meters.apply(builder.meterName())).build()).toArray(Policy[]::new)));
        Map<Method, Site> byMethod = new HashMap<>();
        scanned.sources().forEach((method, byBean) -> byMethod.put(method, site(method, byBean, policies)));
        sites.publish(byMethod, new CdiObservers(container), RequestContexts.forContainer(container),
                JtaTransactions.forContainer(container));
        return problems;
    }

    private Map<SourceKey, List<Policy.Builder>> read(PolicyReader.Config config, MemberInstances members,
                                                     List<Problem> problems) {
        PolicyReader reader = new PolicyReader(config);
        Map<SourceKey, List<Policy.Builder>> read = new HashMap<>();
        scanned.declarations().forEach((key, declaration) -> read.put(key, bind(reader.read(declaration, problems),
                declaration, members, problems)));
        return read;
    }

    private static List<Policy.Builder> bind(List<Policy.Builder> layers, Declaration declaration,
                                             MemberInstances members, List<Problem> problems) {
        layers.forEach(layer -> members.bind(layer, declaration, problems));
        return layers;
    }

    private static Site site(Method method, Map<Class<?>, SourceKey> byBean, Map<SourceKey, Policy[]> policies) {
        ReturnKind kind = ReturnKind.of(method);
        if (byBean.values().stream().distinct().count() == 1) {
            return Site.of(kind, policies.get(byBean.values().iterator().next()));
        }
        Map<Class<?>, Policy[]> perBean = new HashMap<>();
        byBean.forEach((beanClass, key) -> perBean.put(beanClass, policies.get(key)));
        return Site.perBeanClass(kind, perBean);
    }

    /**
     * At build time no bean can be looked up or created: only a class that can never be created is a problem.
     *
     * @return nothing: no instance is made
     */
    private static Object couldBeMade(Class<?> type) throws InstantiationException {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new InstantiationException("it is abstract");
        }
        return null;
    }
}
