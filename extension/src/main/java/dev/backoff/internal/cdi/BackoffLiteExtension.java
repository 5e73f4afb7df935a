package dev.backoff.internal.cdi;

import dev.backoff.Backoff;
import dev.backoff.internal.policy.ApplicationClassLoader;
import dev.backoff.internal.policy.Problem;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import jakarta.enterprise.inject.build.compatible.spi.MethodConfig;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.Registration;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;
import jakarta.enterprise.inject.build.compatible.spi.SkipIfPortableExtensionPresent;
import jakarta.enterprise.inject.build.compatible.spi.Synthesis;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.inject.build.compatible.spi.Validation;
import jakarta.enterprise.inject.Stereotype;
import jakarta.enterprise.lang.model.AnnotationInfo;
import jakarta.enterprise.lang.model.declarations.ClassInfo;
import jakarta.enterprise.lang.model.declarations.MethodInfo;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The build-compatible extension (CDI Lite: Quarkus ArC), skipped where the portable {@link BackoffExtension} runs.
 * At build time it registers the library's beans, notes the bean classes that carry {@code @Backoff}, and fails the
 * build on annotation mistakes. Config is read when the application starts, not when it is built: the synthetic
 * {@link Sites} bean reads it (see {@link LiteSites}), and {@link LiteLifecycle} makes that happen at startup.
 */
@SkipIfPortableExtensionPresent(BackoffExtension.class)
public class BackoffLiteExtension implements BuildCompatibleExtension {

    static final String BEAN_CLASSES = "beanClasses";

    /** The bean classes that carry {@code @Backoff}, by name. */
    private final Map<String, ClassInfo> beanClasses = new TreeMap<>();

    /**
     * The classes {@link #shapeBindings} took a binding off: they carry {@code @Backoff}, though the container,
     * and so {@link #collect}, no longer sees it there (on ArC, registration sees the enhanced annotations).
     */
    private final Set<String> unbound = new TreeSet<>();

    @Discovery
    public void register(ScannedClasses scanned) {
        for (Class<?> type : List.of(BackoffInterceptor.class, SystemClock.class, DefaultScheduler.class,
                DefaultRetryBudgets.class, LiteLifecycle.class)) {
            scanned.add(type.getName());
        }
    }

    /**
     * Shapes the bindings the container sees, as the portable extension does (see there):
     * <ul>
     * <li>{@code @Backoff} on a final, private or static method is rejected on every container, whether or not it
     * could intercept it (ArC can intercept a final method, Weld cannot): the binding is taken off here so that the
     * container does not fail first with a message of its own (ArC refuses an intercepted private method), and the
     * problem is reported with all the others.</li>
     * <li>{@code @Backoff} written on a class or method that also gets it through a stereotype or interceptor binding
     * is taken off: the interceptor stays bound through the other (Weld refuses the duplicate binding).</li>
     * </ul>
     */
    @Enhancement(types = Object.class, withSubtypes = true, withAnnotations = {Backoff.class, Backoff.List.class})
    public void shapeBindings(ClassConfig type) {
        boolean finalMethods = type.info().methods().stream()
                .anyMatch(m -> "final".equals(SiteScanner.neverInterceptedBecause(m.modifiers())));
        boolean classWritten = type.info().annotations().stream().anyMatch(BackoffLiteExtension::isBackoff);
        if (boundTwice(type.info().annotations()) || classWritten && finalMethods) {
            type.removeAnnotation(BackoffLiteExtension::isBackoff);
            unbound.add(type.info().name()); // still carries @Backoff for the scanner, which reads the class
        }
        for (MethodConfig method : type.methods()) {
            MethodInfo info = method.info();
            boolean neverIntercepted = SiteScanner.neverInterceptedBecause(info.modifiers()) != null;
            boolean written = info.annotations().stream().anyMatch(BackoffLiteExtension::isBackoff);
            if (written && (neverIntercepted || boundTwice(info.annotations()))) {
                method.removeAnnotation(BackoffLiteExtension::isBackoff);
                if (neverIntercepted) {
                    unbound.add(type.info().name());
                }
            }
        }
    }

    private static boolean isBackoff(AnnotationInfo annotation) {
        ClassInfo type = declaration(annotation);
        return type != null
                && (type.name().equals(Backoff.class.getName()) || type.name().equals(Backoff.List.class.getName()));
    }

    /**
     * The annotation's type, or {@code null} when the build cannot read it: ArC knows the classes of its index, and a
     * bean may carry an annotation from outside it (quarkus-opentelemetry's beans carry gRPC's {@code
     * GlobalInterceptor} in an application without gRPC), whose name it cannot even tell. Such an annotation is
     * neither {@code @Backoff} nor one that could carry it: ArC could not bind an interceptor through it either.
     */
    private static ClassInfo declaration(AnnotationInfo annotation) {
        try {
            return annotation.declaration();
        } catch (IllegalStateException notIndexed) {
            return null;
        }
    }

    private static boolean boundTwice(Collection<AnnotationInfo> annotations) {
        return annotations.stream().anyMatch(BackoffLiteExtension::isBackoff)
                && annotations.stream().anyMatch(a -> !isBackoff(a) && carriesBackoff(a, new HashSet<>()));
    }

    @Registration(types = Object.class)
    public void collect(BeanInfo bean) {
        if (bean.isClassBean() && !bean.declaringClass().hasAnnotation(Interceptor.class)
                && carriesBackoff(bean.declaringClass())) {
            beanClasses.put(bean.declaringClass().name(), bean.declaringClass());
        }
    }

    /**
     * Annotation mistakes fail the build: every policy is read with the config the build sees (on Quarkus,
     * application.properties) and without creating its members. Startup reads it all again with its own config.
     */
    @Validation
    public void validate(Messages messages) {
        SiteScanner scanner = new SiteScanner(true);
        ClassLoader application = ApplicationClassLoader.of(BackoffLiteExtension.class);
        for (String name : beanClasses.keySet()) {
            try {
                scanner.scan(Class.forName(name, false, application));
            } catch (ClassNotFoundException | LinkageError notHere) {
                // a class this build step cannot load is checked when the application starts, like every class
            }
        }
        List<Problem> problems = new Resolution(scanner).check(LiteSites.buildTimeConfig());
        if (!problems.isEmpty()) {
            // one failure listing all, as on CDI Full. (ArC logs it, then throws it: thrown from here instead, it would
            // reach the user wrapped in an InvocationTargetException, without the report in the message.)
            messages.error(Problem.report(problems));
        }
    }

    @Synthesis
    public void synthesize(SyntheticComponents components) {
        components.addBean(Sites.class).type(Sites.class).scope(Singleton.class)
                .withParam(BEAN_CLASSES, beanClasses.values().toArray(ClassInfo[]::new))
                .createWith(LiteSites.class);
    }

    /** Whether the class, a superclass, or an interface of theirs (SPEC 1.8), or a method of one, carries it. */
    private boolean carriesBackoff(ClassInfo type) {
        for (ClassInfo c = type; c != null && !c.name().equals(Object.class.getName()); c = c.superClassDeclaration()) {
            if (unbound.contains(c.name()) || declaresBackoff(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresBackoff(ClassInfo type) {
        if (type.annotations().stream().anyMatch(a -> carriesBackoff(a, new HashSet<>()))) {
            return true;
        }
        for (MethodInfo method : type.methods()) {
            if (method.annotations().stream().anyMatch(a -> carriesBackoff(a, new HashSet<>()))) {
                return true;
            }
        }
        return type.superInterfacesDeclarations().stream().anyMatch(BackoffLiteExtension::declaresBackoff);
    }

    /** SPEC 1.7: {@code @Backoff} itself, or a stereotype or interceptor binding that carries it (transitively). */
    private static boolean carriesBackoff(AnnotationInfo annotation, Set<String> seen) {
        if (isBackoff(annotation)) {
            return true;
        }
        ClassInfo type = declaration(annotation);
        return type != null && seen.add(type.name()) && !type.name().startsWith("java.")
                && (type.hasAnnotation(Stereotype.class) || type.hasAnnotation(InterceptorBinding.class))
                && type.annotations().stream().anyMatch(a -> carriesBackoff(a, seen));
    }
}
