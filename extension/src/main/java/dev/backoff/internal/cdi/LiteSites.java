package dev.backoff.internal.cdi;

import dev.backoff.BackoffLimits;
import dev.backoff.BackoffListener;
import dev.backoff.WaitFunction;
import dev.backoff.internal.policy.PolicyReader;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;
import jakarta.enterprise.inject.spi.BeanContainer;
import jakarta.enterprise.inject.spi.DeploymentException;
import org.eclipse.microprofile.config.ConfigProvider;

import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.function.Predicate;
import java.util.List;

/**
 * The {@link Sites} of a CDI Lite application: created with the bean classes the build noted, and resolved when the
 * application starts ({@link LiteLifecycle}), not when the bean is created: resolving makes the beans that
 * class-valued members name, which may inject a {@code @Backoff} bean, whose interceptor needs this bean.
 */
public class LiteSites implements SyntheticBeanCreator<Sites> {

    /** The interfaces class-valued members implement. */
    private static final Class<?>[] MEMBER_TYPES = {Predicate.class, WaitFunction.class, BackoffLimits.class,
            BackoffListener.class};

    @Override
    public Sites create(Instance<Object> lookup, Parameters params) {
        return new Sites(List.of(params.get(BackoffLiteExtension.BEAN_CLASSES, String[].class)));
    }

    /**
     * Scans the bean classes the build noted, reads every policy from annotations and the config of this start, and
     * publishes them; or throws one {@link DeploymentException} listing every problem.
     */
    static void resolve(Sites sites, BeanContainer container) {
        SiteScanner scanner = new SiteScanner(true);
        for (String name : sites.beanClasses()) {
            Class<?> type = load(name);
            if (type == null) {
                throw new DeploymentException("backoff-cdi: cannot load " + name + ", a bean class with @Backoff");
            }
            scanner.scan(type);
        }
        PolicyReader reader = new PolicyReader(SiteScanner.from(ConfigProvider.getConfig(classLoader())),
                new BeanInstances(container));
        List<String> problems = scanner.publish(reader, sites, container);
        if (!problems.isEmpty()) {
            throw new DeploymentException(SiteScanner.report(problems));
        }
    }

    /** The config the build sees, or none where there is no MicroProfile Config implementation at build time. */
    static PolicyReader.Config buildTimeConfig() {
        try {
            return SiteScanner.from(ConfigProvider.getConfig(classLoader()));
        } catch (IllegalStateException | LinkageError noConfig) {
            return key -> null;
        }
    }

    /** The class named {@code name}, or {@code null} when this class loader cannot see it. */
    static Class<?> load(String name) {
        try {
            return Class.forName(name, false, classLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /**
     * At build time no bean can be looked up or created: only a class that can never be created is a problem, and
     * the policy reader gets a stand-in, never called, for any other.
     */
    static Object checkInstantiable(Class<?> type) throws Exception {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new InstantiationException("it is abstract");
        }
        return Proxy.newProxyInstance(LiteSites.class.getClassLoader(), MEMBER_TYPES, (proxy, method, args) -> {
            throw new IllegalStateException("a build-time stand-in for " + type.getName() + " was called");
        });
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : LiteSites.class.getClassLoader();
    }
}
