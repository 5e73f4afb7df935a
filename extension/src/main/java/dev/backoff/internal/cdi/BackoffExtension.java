package dev.backoff.internal.cdi;

import dev.backoff.Backoff;
import dev.backoff.internal.policy.PolicyReader;
import dev.backoff.internal.policy.Problem;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The portable extension (CDI Full: Weld, OpenWebBeans). It registers the interceptor and the default clock
 * whether or not this jar is scanned, finds every {@code @Backoff} on a managed bean, and, once the deployment is
 * valid, reads every policy from annotations and MicroProfile Config. All problems found fail the deployment
 * together, in one {@link DeploymentException}.
 */
public class BackoffExtension implements Extension {

    private final Sites sites = new Sites();
    private SiteScanner scanner;
    private final List<Class<?>> interfaces = new ArrayList<>();

    void register(@Observes BeforeBeanDiscovery discovery, BeanManager beans) {
        scanner = new SiteScanner(interceptsDefaultMethods(beans));
        for (Class<?> type : List.of(BackoffInterceptor.class, SystemClock.class, DefaultScheduler.class,
                DefaultRetryBudgets.class)) {
            discovery.addAnnotatedType(beans.createAnnotatedType(type), BackoffExtension.class.getName() + "/"
                    + type.getName());
        }
    }

    // The library's own beans are the ones registered above, once. Where this jar is scanned too (Quarkus needs its
    // beans.xml; Payara treats @Singleton as bean-defining; an uber-jar or a WAR's classes may be an archive with
    // bean-discovery-mode all), the scanned copies are vetoed: otherwise the interceptor would be bound twice, and
    // Sites would be ambiguous with the one added below. Every other internal class that could be a bean is @Vetoed.

    void vetoScanned(@Observes ProcessAnnotatedType<BackoffInterceptor> type) {
        vetoIfScanned(type);
    }

    void vetoScannedClock(@Observes ProcessAnnotatedType<SystemClock> type) {
        vetoIfScanned(type);
    }

    void vetoScannedScheduler(@Observes ProcessAnnotatedType<DefaultScheduler> type) {
        vetoIfScanned(type);
    }

    void vetoScannedBudgets(@Observes ProcessAnnotatedType<DefaultRetryBudgets> type) {
        vetoIfScanned(type);
    }

    /** CDI Lite's own lifecycle bean: on CDI Full this extension does its work. */
    void vetoLiteLifecycle(@Observes ProcessAnnotatedType<LiteLifecycle> type) {
        type.veto();
    }

    private static void vetoIfScanned(ProcessAnnotatedType<?> type) {
        if (!(type instanceof ProcessSyntheticAnnotatedType)) {
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
     * <li>Weld refuses a class binding on a class with a final method (WELD-001504), alone: the class's
     * {@code @Backoff} is taken off, and the scanner reports the final method with the other problems.</li>
     * </ul>
     */
    <T> void shapeBindings(@Observes @WithAnnotations({Backoff.class, Backoff.List.class})
                           ProcessAnnotatedType<T> type) {
        AnnotatedType<T> annotated = type.getAnnotatedType();
        if (annotated.getJavaClass().isInterface()) {
            interfaces.add(annotated.getJavaClass()); // checked, or given sites when a REST client, at resolution
            return;
        }
        boolean classOff = boundTwice(annotated) || written(annotated) && annotated.getMethods().stream()
                .anyMatch(m -> "final".equals(SiteScanner.neverInterceptedBecause(m.getJavaMember().getModifiers())));
        if (!classOff && annotated.getMethods().stream().noneMatch(m -> finalWithBackoff(m) || boundTwice(m))) {
            return;
        }
        AnnotatedTypeConfigurator<T> configurator = type.configureAnnotatedType();
        if (classOff) {
            configurator.remove(SiteScanner::isBackoff);
        }
        for (AnnotatedMethodConfigurator<? super T> method : configurator.methods()) {
            if (finalWithBackoff(method.getAnnotated()) || boundTwice(method.getAnnotated())) {
                method.remove(SiteScanner::isBackoff);
            }
        }
    }

    private static boolean written(Annotated annotated) {
        return annotated.getAnnotations().stream().anyMatch(SiteScanner::isBackoff);
    }

    private static boolean boundTwice(Annotated annotated) {
        return written(annotated) && annotated.getAnnotations().stream().anyMatch(SiteScanner::carriesBackoff);
    }

    private static boolean finalWithBackoff(AnnotatedMethod<?> method) {
        return "final".equals(SiteScanner.neverInterceptedBecause(method.getJavaMember().getModifiers()))
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
        PolicyReader.Config config;
        try {
            config = MicroProfileConfig.forApplication(BackoffExtension.class);
        } catch (DeploymentException noConfig) {
            validation.addDeploymentProblem(noConfig);
            return;
        }
        List<Problem> problems = new Resolution(scanner).resolve(config, beans, sites);
        if (!problems.isEmpty()) {
            validation.addDeploymentProblem(new DeploymentException(Problem.report(problems)));
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
}
