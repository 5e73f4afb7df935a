package dev.backoff.internal.cdi;

import dev.backoff.internal.cdi.SiteScanner.SourceKey;
import dev.backoff.internal.policy.BudgetKeys;
import dev.backoff.internal.policy.ConfigKeys;
import dev.backoff.internal.policy.Declaration;
import dev.backoff.internal.policy.MemberInstances;
import dev.backoff.internal.policy.Policy;
import dev.backoff.internal.policy.PolicyMeter;
import dev.backoff.internal.policy.PolicyReader;
import dev.backoff.internal.policy.Problem;
import dev.backoff.spi.BudgetSettings;
import dev.backoff.spi.RetryBudget;
import dev.backoff.spi.RetryBudgets;
import jakarta.enterprise.inject.spi.BeanContainer;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
        Map<String, BudgetSettings> budgets = budgets(read(config, new MemberInstances(Resolution::couldBeMade),
                problems), config, problems);
        // the keys' problems only: a warning of a key this build does not use may not hold where the application runs
        problems.addAll(keys(config, budgets).problems());
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
        Map<SourceKey, List<Policy.Builder>> read = read(config,
                new MemberInstances(new BeanInstances(container)), problems);
        Map<String, BudgetSettings> budgets = budgets(read, config, problems);
        ConfigKeys.Found keys = keys(config, budgets);
        problems.addAll(keys.problems());
        keys.warnings().forEach(LOG::warning);
        if (!problems.isEmpty()) {
            return problems;
        }
        Map<String, RetryBudget> stored = store(container, budgets, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        Function<Policy.Builder, PolicyMeter> meters = Meters.forContainer(container);
        Map<SourceKey, Policy[]> policies = new HashMap<>();
        read.forEach((key, builders) -> policies.put(key, builders.stream()
                .map(builder -> builder.budget(stored.get(builder.budgetName())).meter(meters.apply(builder)).build())
                .toArray(Policy[]::new)));
        Map<Method, Site> byMethod = new HashMap<>();
        scanned.sources().forEach((method, byBean) -> byMethod.put(method, site(method, byBean, policies)));
        sites.publish(byMethod, new CdiObservers(container), AsyncContexts.forContainer(container),
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

    /** SPEC 5.5, 10.2: the keys of the Backoff namespace that name nothing here. */
    private ConfigKeys.Found keys(PolicyReader.Config config, Map<String, BudgetSettings> budgets) {
        return new ConfigKeys(scanned.declarations().values(), budgets.keySet()).check(config.keys(),
                System.getenv().keySet());
    }

    /** SPEC 10.2: the settings of every budget a policy names, as config gives them, by name. */
    private static Map<String, BudgetSettings> budgets(Map<SourceKey, List<Policy.Builder>> read,
                                                       PolicyReader.Config config, List<Problem> problems) {
        Map<String, BudgetSettings> budgets = new TreeMap<>();
        read.values().forEach(builders -> builders.stream().map(Policy.Builder::budgetName).filter(n -> !n.isEmpty())
                .forEach(name -> budgets.computeIfAbsent(name, n -> BudgetKeys.read(n, config, problems))));
        return budgets;
    }

    /**
     * SPEC 10.4: each budget from the application's {@link RetryBudgets} bean (the default one, or its replacement),
     * once per name. A store that fails for one is a problem of the deployment, not of a later call.
     */
    private static Map<String, RetryBudget> store(BeanContainer container, Map<String, BudgetSettings> budgets,
                                                  List<Problem> problems) {
        Map<String, RetryBudget> stored = new HashMap<>();
        if (budgets.isEmpty()) {
            return stored;
        }
        RetryBudgets store = BeanLookup.find(container, RetryBudgets.class);
        if (store == null) { // both extensions register the default one: only a container that removed it gets here
            problems.add(new Problem(Problem.CONFIG, "retry budgets " + budgets.keySet(), "have no store: the"
                    + " container has no RetryBudgets bean", "the library's default store, or a bean of the"
                    + " application's own"));
            return stored;
        }
        budgets.forEach((name, settings) -> {
            try {
                stored.put(name, Objects.requireNonNull(store.budget(name, settings), "it returned null"));
            } catch (RuntimeException failed) {
                problems.add(new Problem(Problem.CONFIG, "retry budget " + name, "could not be made by "
                        + store.getClass().getName() + ": " + failed, "a RetryBudgets bean that returns a budget"
                        + " for every name it is given"));
            }
        });
        return stored;
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
