package dev.backoff.internal.cdi;

import dev.backoff.Backoff;
import dev.backoff.internal.policy.PolicyReader;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.ProcessSyntheticAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.enterprise.inject.spi.configurator.AnnotatedMethodConfigurator;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * The portable extension (CDI Full: Weld, OpenWebBeans). It registers the interceptor and the default clock
 * whether or not this jar is scanned, finds every {@code @Backoff} on a managed bean, and, once the deployment is
 * valid, reads every policy from annotations and MicroProfile Config. All problems found fail the deployment
 * together, in one {@link DeploymentException}.
 */
public class BackoffExtension implements Extension {

    private static final String INTERNAL = "dev.backoff.internal.";

    private final Sites sites = new Sites();
    private final SiteScanner scanner = new SiteScanner();

    void register(@Observes BeforeBeanDiscovery discovery, BeanManager beans) {
        for (Class<?> type : List.of(BackoffInterceptor.class, SystemClock.class, DefaultScheduler.class)) {
            discovery.addAnnotatedType(beans.createAnnotatedType(type), BackoffExtension.class.getName() + "/"
                    + type.getName());
        }
    }

    /**
     * The library's own beans are the ones registered above, once. Where this jar is scanned too (Quarkus needs its
     * beans.xml; a deployer may treat {@code @Singleton} as bean-defining; an uber-jar or a WAR's classes may be an
     * archive with {@code bean-discovery-mode="all"}, where every class with a usable constructor is a bean), every
     * internal class found by discovery is vetoed: otherwise the interceptor would be bound twice, and
     * {@code Sites} would be ambiguous with the one this extension adds.
     */
    void vetoScannedInternals(@Observes ProcessAnnotatedType<?> type) {
        if (!(type instanceof ProcessSyntheticAnnotatedType)
                && type.getAnnotatedType().getJavaClass().getName().startsWith(INTERNAL)) {
            type.veto();
        }
    }

    /**
     * Weld refuses an interceptor binding on a final method (WELD-001504) while validating, before this extension can
     * report anything: the deployment would fail with that one message and none of the other {@code @Backoff}
     * problems. So the binding is taken off final methods here, and the problem reported with all the others.
     */
    <T> void unbindFinalMethods(@Observes @WithAnnotations({Backoff.class, Backoff.List.class})
                                ProcessAnnotatedType<T> type) {
        if (type.getAnnotatedType().getMethods().stream().noneMatch(BackoffExtension::finalWithBackoff)) {
            return;
        }
        for (AnnotatedMethodConfigurator<? super T> method : type.configureAnnotatedType().methods()) {
            AnnotatedMethod<? super T> annotated = method.getAnnotated();
            if (finalWithBackoff(annotated)) {
                method.remove(a -> a instanceof Backoff || a instanceof Backoff.List);
            }
        }
    }

    private static boolean finalWithBackoff(AnnotatedMethod<?> method) {
        int modifiers = method.getJavaMember().getModifiers();
        return Modifier.isFinal(modifiers) && !Modifier.isStatic(modifiers) && !Modifier.isPrivate(modifiers)
                && (method.isAnnotationPresent(Backoff.class) || method.isAnnotationPresent(Backoff.List.class));
    }

    /** Scans each managed bean's class as the user wrote it (reflection sees the annotations unbound above too). */
    void find(@Observes ProcessManagedBean<?> bean) {
        scanner.scan(bean.getAnnotatedBeanClass().getJavaClass());
    }

    void addSites(@Observes AfterBeanDiscovery discovery) {
        discovery.<Sites>addBean().types(Sites.class, Object.class).scope(Singleton.class).beanClass(Sites.class)
                .createWith(context -> sites);
    }

    void resolve(@Observes AfterDeploymentValidation validation, BeanManager beans) {
        Config config = ConfigProvider.getConfig(classLoader());
        PolicyReader reader = new PolicyReader(SiteScanner.from(config), new BeanInstances(beans));
        List<String> problems = scanner.publish(reader, sites, beans);
        if (!problems.isEmpty()) {
            validation.addDeploymentProblem(new DeploymentException(SiteScanner.report(problems)));
        }
    }

    /** SPEC 3.4: pending asynchronous retries end with a CancellationException, none starts after this. */
    void cancelPendingRetries(@Observes BeforeShutdown shutdown) {
        sites.pending().close();
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : BackoffExtension.class.getClassLoader();
    }
}
