package dev.backoff.internal.cdi;

import dev.backoff.Backoff;
import dev.backoff.internal.policy.Declaration;
import dev.backoff.internal.policy.Policy;
import dev.backoff.internal.policy.PolicyReader;
import jakarta.enterprise.inject.Stereotype;
import jakarta.enterprise.inject.spi.BeanContainer;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds the {@code @Backoff} sites of bean classes and resolves their policies: the part of startup that both the
 * portable and the build-compatible extension share. It works on the classes the user wrote, by reflection, so that
 * config keys never name a generated subclass.
 */
final class SiteScanner {

    private static final Backoff[] NONE = {};

    private final Map<SourceKey, Declaration> declarations = new LinkedHashMap<>();
    private final Map<Method, Map<Class<?>, SourceKey>> sources = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<Method> reportedNeverIntercepted = new HashSet<>();

    /** Records the sites of one bean class: its methods' own annotations, or its class annotation. */
    void scan(Class<?> beanClass) {
        if (beanClass.isAnnotationPresent(Interceptor.class)) {
            return;
        }
        Backoff[] classLayers = layers(beanClass);
        for (Method method : methods(beanClass)) {
            Backoff[] own = layers(method);
            if (own.length > 0) {
                if (!neverIntercepted(method, own)) {
                    add(beanClass, new Declaration(method.getDeclaringClass(), method, false, own));
                }
            } else if (classLayers.length > 0 && isBusinessMethod(method)) {
                add(beanClass, new Declaration(declaringClassOfClassLayers(beanClass), method, true, classLayers));
            }
        }
    }

    /**
     * Reads every policy with {@code reader}, and when nothing is wrong, publishes the sites to {@code sites}.
     *
     * @return every problem found, scanning included; empty when the sites were published
     */
    List<String> publish(PolicyReader reader, Sites sites, BeanContainer container) {
        Map<SourceKey, Policy[]> policies = read(reader);
        if (problems.isEmpty()) {
            UnaryOperator<Policy> metered = Meters.forContainer(container);
            policies.values().forEach(layers -> Arrays.setAll(layers, i -> metered.apply(layers[i])));
            Map<Method, Site> byMethod = new HashMap<>();
            sources.forEach((method, byBean) -> byMethod.put(method, site(method, byBean, policies)));
            sites.publish(byMethod, new CdiObservers(container));
        }
        return List.copyOf(problems);
    }

    /** Reads every policy with {@code reader} and returns every problem found, scanning included. */
    List<String> check(PolicyReader reader) {
        read(reader);
        return List.copyOf(problems);
    }

    private Map<SourceKey, Policy[]> read(PolicyReader reader) {
        Map<SourceKey, Policy[]> policies = new HashMap<>();
        declarations.forEach((key, declaration) -> policies.put(key, reader.read(declaration, problems)));
        return policies;
    }

    /** The config as the policy reader wants it. */
    static PolicyReader.Config from(Config config) {
        return key -> lookup(config, key);
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

    /** One deployment failure message listing every problem. */
    static String report(List<String> problems) {
        StringBuilder message = new StringBuilder("backoff-cdi found ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems").append(" with @Backoff:");
        for (int i = 0; i < problems.size(); i++) {
            message.append("\n  ").append(i + 1).append(". ").append(problems.get(i));
        }
        return message.toString();
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

    /** The methods a bean class has: its own and the inherited ones it does not override, Object's excepted. */
    private static List<Method> methods(Class<?> beanClass) {
        List<Method> methods = new ArrayList<>();
        Set<String> overridable = new HashSet<>();
        for (Class<?> type = beanClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isBridge() || method.isSynthetic()) {
                    continue;
                }
                int modifiers = method.getModifiers();
                boolean inheritable = !Modifier.isPrivate(modifiers) && !Modifier.isStatic(modifiers);
                if (!inheritable || overridable.add(signature(method))) {
                    methods.add(method);
                }
            }
        }
        return methods;
    }

    private static String signature(Method method) {
        StringBuilder signature = new StringBuilder(method.getName()).append('(');
        for (Class<?> parameter : method.getParameterTypes()) {
            signature.append(parameter.getName()).append(',');
        }
        return signature.append(')').toString();
    }

    private static boolean isBusinessMethod(Method method) {
        int modifiers = method.getModifiers();
        return !Modifier.isPrivate(modifiers) && !Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers);
    }

    /**
     * The class, the bean class or a superclass, whose own declaration carries the class layers (its own
     * {@code @Backoff}, or a stereotype or interceptor binding that has one): its name is in the config keys.
     */
    private static Class<?> declaringClassOfClassLayers(Class<?> beanClass) {
        for (Class<?> type = beanClass; type != null; type = type.getSuperclass()) {
            for (Annotation annotation : type.getDeclaredAnnotations()) {
                if (annotation instanceof Backoff || annotation instanceof Backoff.List || carriesBackoff(annotation)) {
                    return type;
                }
            }
        }
        return beanClass;
    }

    /**
     * SPEC 1.5, 1.7: the layers of a class or method: its own {@code @Backoff} annotations, in declared order; or, when
     * it has none, those that a stereotype or an interceptor binding on it carries (transitively), as the container
     * binds the interceptor through them.
     */
    private static Backoff[] layers(AnnotatedElement element) {
        Backoff[] own = element.getAnnotationsByType(Backoff.class); // unwraps Backoff.List, in declared order
        if (own.length > 0) {
            return own;
        }
        for (Annotation annotation : element.getAnnotations()) {
            Backoff[] meta = metaLayers(annotation.annotationType(), new HashSet<>());
            if (meta.length > 0) {
                return meta;
            }
        }
        return NONE;
    }

    /** Whether {@code annotation} is a stereotype or an interceptor binding that carries {@code @Backoff}. */
    static boolean carriesBackoff(Annotation annotation) {
        return metaLayers(annotation.annotationType(), new HashSet<>()).length > 0;
    }

    /** The layers a stereotype or an interceptor binding carries, itself or through those it carries. */
    private static Backoff[] metaLayers(Class<? extends Annotation> type, Set<Class<?>> seen) {
        if (!seen.add(type) || type.getName().startsWith("java.")
                || !(type.isAnnotationPresent(Stereotype.class) || type.isAnnotationPresent(InterceptorBinding.class))) {
            return NONE;
        }
        Backoff[] own = type.getAnnotationsByType(Backoff.class);
        if (own.length > 0) {
            return own;
        }
        for (Annotation annotation : type.getAnnotations()) {
            Backoff[] meta = metaLayers(annotation.annotationType(), seen);
            if (meta.length > 0) {
                return meta;
            }
        }
        return NONE;
    }

    /** Identifies where a declaration comes from, so that beans sharing it share its policies. */
    private record SourceKey(Method method, Class<?> declaringClass, boolean classLevel) {
    }
}
