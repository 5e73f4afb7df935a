package dev.backoff.internal.cdi;

import dev.backoff.Backoff;
import dev.backoff.internal.engine.Notifier;
import dev.backoff.internal.policy.Declaration;
import dev.backoff.internal.policy.Policy;
import dev.backoff.internal.policy.PolicyReader;
import dev.backoff.spi.VirtualTime;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AfterTypeDiscovery;
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
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portable extension (CDI Full: Weld, OpenWebBeans). It registers the interceptor and the default clock
 * whether or not this jar is scanned, finds every {@code @Backoff} on a managed bean, and, once the deployment is
 * valid, reads every policy from annotations and MicroProfile Config. All problems found fail the deployment
 * together, in one {@link DeploymentException}.
 */
public class BackoffExtension implements Extension {

    private final Sites sites = new Sites();
    private final Map<SourceKey, Declaration> declarations = new LinkedHashMap<>();
    private final Map<Method, Map<Class<?>, SourceKey>> sources = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<Method> reportedNeverIntercepted = new HashSet<>();
    private final Map<Method, Backoff[]> unboundFinalMethods = new HashMap<>();
    private boolean virtualTimeAdded;

    void register(@Observes BeforeBeanDiscovery discovery, BeanManager beans) {
        for (Class<?> type : List.of(BackoffInterceptor.class, SystemClock.class, DefaultScheduler.class)) {
            discovery.addAnnotatedType(beans.createAnnotatedType(type), BackoffExtension.class.getName() + "/"
                    + type.getName());
        }
    }

    // The types registered above, when this jar is also scanned (it has a beans.xml for Quarkus), would be there
    // twice: keep only the registered ones.
    void vetoScanned(@Observes ProcessAnnotatedType<BackoffInterceptor> type) {
        vetoIfScanned(type);
    }

    void vetoScannedClock(@Observes ProcessAnnotatedType<SystemClock> type) {
        vetoIfScanned(type);
    }

    void vetoScannedScheduler(@Observes ProcessAnnotatedType<DefaultScheduler> type) {
        vetoIfScanned(type);
    }

    private static void vetoIfScanned(ProcessAnnotatedType<?> type) {
        if (!(type instanceof ProcessSyntheticAnnotatedType)) {
            type.veto();
        }
    }

    /**
     * VirtualTime is no bean unless a test adds it (it has no bean-defining annotation). Where one does, select it
     * for the whole application: a selection in the test's own archive would not reach this library's
     * interceptor, which lives in another.
     */
    void noteVirtualTime(@Observes ProcessAnnotatedType<VirtualTime> type) {
        virtualTimeAdded = true;
    }

    void selectVirtualTime(@Observes AfterTypeDiscovery discovery) {
        if (virtualTimeAdded && !discovery.getAlternatives().contains(VirtualTime.class)) {
            discovery.getAlternatives().add(VirtualTime.class);
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
                unboundFinalMethods.put(annotated.getJavaMember(),
                        layers(annotated.getAnnotation(Backoff.List.class), annotated.getAnnotation(Backoff.class)));
                method.remove(a -> a instanceof Backoff || a instanceof Backoff.List);
            }
        }
    }

    private static boolean finalWithBackoff(AnnotatedMethod<?> method) {
        int modifiers = method.getJavaMember().getModifiers();
        return Modifier.isFinal(modifiers) && !Modifier.isStatic(modifiers) && !Modifier.isPrivate(modifiers)
                && (method.isAnnotationPresent(Backoff.class) || method.isAnnotationPresent(Backoff.List.class));
    }

    <X> void find(@Observes ProcessManagedBean<X> bean) {
        AnnotatedType<X> type = bean.getAnnotatedBeanClass();
        if (type.isAnnotationPresent(Interceptor.class)) {
            return;
        }
        Backoff[] classLayers = layers(type.getAnnotation(Backoff.List.class), type.getAnnotation(Backoff.class));
        Class<X> beanClass = type.getJavaClass();
        for (AnnotatedMethod<? super X> annotated : type.getMethods()) {
            Method method = annotated.getJavaMember();
            Backoff[] own = layers(annotated.getAnnotation(Backoff.List.class), annotated.getAnnotation(Backoff.class));
            if (own.length == 0 && unboundFinalMethods.containsKey(method)) {
                neverIntercepted(method, unboundFinalMethods.get(method));
            } else if (own.length > 0) {
                if (neverIntercepted(method, own)) {
                    continue;
                }
                add(beanClass, new Declaration(method.getDeclaringClass(), method, false, own));
            } else if (classLayers.length > 0 && isBusinessMethod(method)) {
                add(beanClass, new Declaration(declaringClassOfClassLayers(beanClass), method, true, classLayers));
            }
        }
    }

    void addSites(@Observes AfterBeanDiscovery discovery) {
        discovery.<Sites>addBean().types(Sites.class, Object.class).scope(Singleton.class).beanClass(Sites.class)
                .createWith(context -> sites);
    }

    void resolve(@Observes AfterDeploymentValidation validation, BeanManager beans) {
        Config config = ConfigProvider.getConfig(classLoader());
        PolicyReader reader = new PolicyReader(key -> lookup(config, key), new BeanInstances(beans));
        Map<SourceKey, Policy[]> policies = new HashMap<>();
        declarations.forEach((key, declaration) -> policies.put(key, reader.read(declaration, problems)));
        if (!problems.isEmpty()) {
            validation.addDeploymentProblem(new DeploymentException(report(problems)));
            return;
        }
        Map<Method, Site> byMethod = new HashMap<>();
        sources.forEach((method, byBean) -> byMethod.put(method, site(method, byBean, policies)));
        sites.publish(byMethod, new Notifier(new CdiObservers(beans)));
    }

    /** SPEC 3.4: pending asynchronous retries end with a CancellationException, none starts after this. */
    void cancelPendingRetries(@Observes BeforeShutdown shutdown) {
        sites.pending().close();
    }

    /**
     * The value of {@code key}, {@code null} when it has none or an empty one (MicroProfile Config: empty is unset).
     * An expression that does not expand ({@code ${nowhere}}) is no value to {@code getOptionalValue}; it is returned
     * as written, so that it is reported as not valid instead of silently leaving the annotation's value in force.
     */
    private static String lookup(Config config, String key) {
        ConfigValue found = config.getConfigValue(key);
        String value = found.getValue();
        if (value == null) {
            return found.getRawValue();
        }
        return value.isEmpty() ? null : value;
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

    private void add(Class<?> beanClass, Declaration declaration) {
        SourceKey key = new SourceKey(declaration.method(), declaration.declaringClass(), declaration.classLevel());
        declarations.putIfAbsent(key, declaration);
        sources.computeIfAbsent(declaration.method(), m -> new LinkedHashMap<>()).put(beanClass, key);
    }

    /** SPEC 6: a method annotation where the container will never call the interceptor is an error, not a no-op. */
    private boolean neverIntercepted(Method method, Backoff[] layers) {
        int modifiers = method.getModifiers();
        String why = Modifier.isPrivate(modifiers) ? "private" : Modifier.isStatic(modifiers) ? "static"
                : Modifier.isFinal(modifiers) ? "final" : null;
        if (why != null && reportedNeverIntercepted.add(method)) { // once, however many beans inherit it
            Declaration d = new Declaration(method.getDeclaringClass(), method, false, layers);
            problems.add(d.where() + ": @Backoff on a " + why + " method is never intercepted, so it would never"
                    + " retry; accepted: a non-private, non-static, non-final method of a CDI bean");
        }
        return why != null;
    }

    private static boolean isBusinessMethod(Method method) {
        int modifiers = method.getModifiers();
        return !Modifier.isPrivate(modifiers) && !Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers)
                && !method.isSynthetic() && !method.isBridge() && method.getDeclaringClass() != Object.class;
    }

    /** The class, the bean class or a superclass, whose own declaration carries the class annotation. */
    private static Class<?> declaringClassOfClassLayers(Class<?> beanClass) {
        for (Class<?> type = beanClass; type != null; type = type.getSuperclass()) {
            if (type.getDeclaredAnnotation(Backoff.class) != null
                    || type.getDeclaredAnnotation(Backoff.List.class) != null) {
                return type;
            }
        }
        return beanClass; // added by another extension rather than declared
    }

    private static Backoff[] layers(Backoff.List stacked, Backoff single) {
        if (stacked != null) {
            return stacked.value();
        }
        return single == null ? new Backoff[0] : new Backoff[] {single};
    }

    static String report(List<String> problems) {
        StringBuilder message = new StringBuilder("backoff-cdi found ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems").append(" with @Backoff:");
        for (int i = 0; i < problems.size(); i++) {
            message.append("\n  ").append(i + 1).append(". ").append(problems.get(i));
        }
        return message.toString();
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : BackoffExtension.class.getClassLoader();
    }

    /** Identifies where a declaration comes from, so that beans sharing it share its policies. */
    private record SourceKey(Method method, Class<?> declaringClass, boolean classLevel) {
    }
}
