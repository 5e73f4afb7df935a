package dev.backoff.internal.cdi;

import dev.backoff.Backoff;
import dev.backoff.internal.policy.PolicyReader;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Annotated;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
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
import jakarta.enterprise.inject.spi.configurator.AnnotatedTypeConfigurator;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
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
    private SiteScanner scanner;
    private final List<Class<?>> interfaces = new ArrayList<>();

    void register(@Observes BeforeBeanDiscovery discovery, BeanManager beans) {
        scanner = new SiteScanner(interceptsDefaultMethods(beans));
        for (Class<?> type : List.of(BackoffInterceptor.class, SystemClock.class, DefaultScheduler.class,
                RequestLiveness.class)) {
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
     * Shapes the bindings Weld sees, before it checks them, in two ways. The scanner reads the classes by reflection,
     * so it still sees every annotation taken off here.
     * <ul>
     * <li>Weld refuses an interceptor binding on a final method (WELD-001504) while validating, before this extension
     * can report anything: the deployment would fail with that one message and none of the other {@code @Backoff}
     * problems. So the binding is taken off final methods, and the problem reported with all the others.</li>
     * <li>Weld refuses {@code @Backoff} written on a class or method that also gets it through a stereotype or
     * another interceptor binding (WELD-001312, duplicate binding), which SPEC 1.7 allows (the written one wins). The
     * written one is taken off: the interceptor stays bound through the other, and reads the written one.</li>
     * </ul>
     */
    <T> void shapeBindings(@Observes @WithAnnotations({Backoff.class, Backoff.List.class})
                           ProcessAnnotatedType<T> type) {
        AnnotatedType<T> annotated = type.getAnnotatedType();
        if (annotated.getJavaClass().isInterface()) {
            interfaces.add(annotated.getJavaClass()); // checked, or given sites when a REST client, at resolution
            return;
        }
        boolean classTwice = boundTwice(annotated);
        if (!classTwice && annotated.getMethods().stream().noneMatch(m -> finalWithBackoff(m) || boundTwice(m))) {
            return;
        }
        AnnotatedTypeConfigurator<T> configurator = type.configureAnnotatedType();
        if (classTwice) {
            configurator.remove(BackoffExtension::isBackoff);
        }
        for (AnnotatedMethodConfigurator<? super T> method : configurator.methods()) {
            if (finalWithBackoff(method.getAnnotated()) || boundTwice(method.getAnnotated())) {
                method.remove(BackoffExtension::isBackoff);
            }
        }
    }

    private static boolean isBackoff(Annotation annotation) {
        return annotation instanceof Backoff || annotation instanceof Backoff.List;
    }

    private static boolean written(Annotated annotated) {
        return annotated.isAnnotationPresent(Backoff.class) || annotated.isAnnotationPresent(Backoff.List.class);
    }

    private static boolean boundTwice(Annotated annotated) {
        return written(annotated) && annotated.getAnnotations().stream().anyMatch(SiteScanner::carriesBackoff);
    }

    private static boolean finalWithBackoff(AnnotatedMethod<?> method) {
        int modifiers = method.getJavaMember().getModifiers();
        return Modifier.isFinal(modifiers) && !Modifier.isStatic(modifiers) && !Modifier.isPrivate(modifiers)
                && written(method);
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
        interfaces.forEach(type -> scanner.scanInterface(type, type));
        Config config = ConfigProvider.getConfig(classLoader());
        PolicyReader reader = new PolicyReader(SiteScanner.from(config), new BeanInstances(beans));
        List<String> problems = scanner.publish(reader, sites, beans);
        if (!problems.isEmpty()) {
            validation.addDeploymentProblem(new DeploymentException(SiteScanner.report(problems)));
        }
    }

    /** OpenWebBeans 4 never intercepts the default methods a bean inherits from its interfaces; Weld does. */
    private static boolean interceptsDefaultMethods(BeanManager beans) {
        return !beans.getClass().getName().startsWith("org.apache.webbeans.");
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
