package dev.backoff.internal.cdi;

import dev.backoff.Backoff;
import dev.backoff.internal.policy.Declaration;
import dev.backoff.internal.policy.Problem;
import jakarta.enterprise.inject.Stereotype;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the {@code @Backoff} sites of bean classes (and of REST client interfaces), and what is wrong with where they
 * are: the scanning step of startup, which both extensions share ({@link Resolution} does the rest). It works on the
 * classes the user wrote, by reflection, so that config keys never name a generated subclass.
 */
final class SiteScanner {

    private static final Backoff[] NONE = {};
    /** Marks a MicroProfile Rest Client interface; looked for by name, the API being optional. */
    private static final String REST_CLIENT = "org.eclipse.microprofile.rest.client.inject.RegisterRestClient";
    private static final String NOT_APPLIED = "is never applied: CDI does not inherit interceptor bindings from"
            + " interfaces, so no container would retry it";
    private static final String APPLIED = "@Backoff on the method or class of the bean that implements it, or on a"
            + " MicroProfile Rest Client interface (@RegisterRestClient)";

    private final Map<SourceKey, Declaration> declarations = new LinkedHashMap<>();
    private final Map<Method, Map<Class<?>, SourceKey>> sources = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Method> reportedNeverIntercepted = new HashSet<>();
    private final Set<Class<?>> interfaces = new HashSet<>();
    private final boolean defaultMethodsIntercepted;

    /** @param defaultMethodsIntercepted whether the container intercepts the default methods a bean inherits */
    SiteScanner(boolean defaultMethodsIntercepted) {
        this.defaultMethodsIntercepted = defaultMethodsIntercepted;
    }

    /**
     * Records the sites of one bean class: its methods' own annotations, or its class annotation, which covers the
     * default methods it inherits too (SPEC 1.5); and checks the interfaces it implements (SPEC 1.8).
     */
    void scan(Class<?> beanClass) {
        if (beanClass.isAnnotationPresent(Interceptor.class)) {
            return;
        }
        Backoff[] classLayers = layers(beanClass);
        for (Method method : methods(beanClass)) {
            Backoff[] own = method.getDeclaringClass().isInterface() ? NONE : layers(method);
            if (own.length > 0) {
                if (!neverIntercepted(method, own)) {
                    add(beanClass, new Declaration(method.getDeclaringClass(), method, false, own));
                }
            } else if (classLayers.length > 0 && "final".equals(neverInterceptedBecause(method.getModifiers()))) {
                problems.add(new Problem(new Declaration(method.getDeclaringClass(), method, true, classLayers).where(),
                        "the class @Backoff of " + beanClass.getName(), "covers this final method, which is never"
                        + " intercepted, so it would never retry", "a method that is not final, or @Backoff on the"
                        + " methods of " + beanClass.getName() + " that need it instead of on the class"));
            } else if (classLayers.length > 0 && isBusinessMethod(method)) {
                Declaration declaration = new Declaration(declaringClassOfClassLayers(beanClass), method, true,
                        classLayers);
                if (method.isDefault() && !defaultMethodsIntercepted) {
                    problems.add(new Problem(declaration.where(), "the class @Backoff of " + beanClass.getName(),
                            "covers this default method, which this container never intercepts", "override it in "
                            + beanClass.getName() + " (calling the default one), or implement it there"));
                } else {
                    add(beanClass, declaration);
                }
            }
        }
        for (Class<?> type = beanClass; type != null; type = type.getSuperclass()) {
            for (Class<?> implemented : type.getInterfaces()) {
                scanInterface(implemented, beanClass);
            }
        }
    }

    /**
     * SPEC 1.8: {@code @Backoff} on an interface, or on its methods. A MicroProfile Rest Client interface is
     * intercepted by the REST client (or, on Quarkus, by the bean it generates, {@code implementation}): its
     * methods get sites under the interface's name. On any other interface CDI never applies it, since interceptor
     * bindings are not inherited from interfaces: a deployment problem, never a silent no-op.
     *
     * @param implementation the bean class that implements it, or the interface itself for a REST client that is no
     *                       managed bean (CDI Full)
     */
    void scanInterface(Class<?> type, Class<?> implementation) {
        for (Class<?> parent : type.getInterfaces()) {
            scanInterface(parent, implementation);
        }
        boolean restClient = Arrays.stream(type.getAnnotations())
                .anyMatch(a -> a.annotationType().getName().equals(REST_CLIENT));
        if (!restClient && !interfaces.add(type)) {
            return; // checked already, from another bean
        }
        Backoff[] typeLayers = layers(type);
        if (!restClient && typeLayers.length > 0) {
            problems.add(new Problem(type.getName(), "@Backoff on an interface", NOT_APPLIED, APPLIED));
        }
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() != type) {
                continue;
            }
            Backoff[] own = layers(method);
            if (!restClient) {
                if (own.length > 0) {
                    problems.add(new Problem(new Declaration(type, method, false, own).where(),
                            "@Backoff on an interface method", NOT_APPLIED, APPLIED));
                }
                continue;
            }
            if (own.length > 0 || typeLayers.length > 0) {
                Declaration declaration = own.length > 0 ? new Declaration(type, method, false, own)
                        : new Declaration(type, method, true, typeLayers);
                add(implementation, declaration);
                if (implementation != type) {
                    implementing(implementation, method).ifPresent(impl -> alias(impl, implementation, declaration));
                }
            }
        }
    }

    /** Every declaration found, each once, however many bean classes share it. */
    Map<SourceKey, Declaration> declarations() {
        return declarations;
    }

    /** Every intercepted method, with the declaration each bean class that has it gets. */
    Map<Method, Map<Class<?>, SourceKey>> sources() {
        return sources;
    }

    /** What scanning found wrong. */
    List<Problem> problems() {
        return problems;
    }

    private void add(Class<?> beanClass, Declaration declaration) {
        alias(declaration.method(), beanClass, declaration);
    }

    /** Records {@code declaration} as what the interceptor finds when it is called for {@code method}. */
    private void alias(Method method, Class<?> beanClass, Declaration declaration) {
        SourceKey key = new SourceKey(declaration.method(), declaration.declaringClass(), declaration.classLevel());
        declarations.putIfAbsent(key, declaration);
        sources.computeIfAbsent(method, m -> new LinkedHashMap<>()).put(beanClass, key);
    }

    /** The method of {@code type} that implements the interface method {@code method}, when {@code type} has one. */
    private static Optional<Method> implementing(Class<?> type, Method method) {
        try {
            Method found = type.getMethod(method.getName(), method.getParameterTypes());
            return found.getDeclaringClass().isInterface() ? Optional.empty() : Optional.of(found);
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    /** SPEC 6: a method annotation where the container will never call the interceptor is an error, not a no-op. */
    private boolean neverIntercepted(Method method, Backoff[] layers) {
        String why = neverInterceptedBecause(method.getModifiers());
        if (why != null && reportedNeverIntercepted.add(method)) { // once, however many beans inherit it
            Declaration d = new Declaration(method.getDeclaringClass(), method, false, layers);
            problems.add(new Problem(d.where(), "@Backoff on a " + why + " method", "is never intercepted, so it would"
                    + " never retry", "a non-private, non-static, non-final method of a CDI bean"));
        }
        return why != null;
    }

    /**
     * Why a method with these modifiers is never intercepted on every container: {@code "private"}, {@code "static"}
     * or {@code "final"} (ArC could intercept a final method, Weld cannot: refused everywhere, so that an application
     * behaves the same wherever it runs); {@code null} when it can be.
     */
    static String neverInterceptedBecause(int modifiers) {
        return Modifier.isPrivate(modifiers) ? "private" : Modifier.isStatic(modifiers) ? "static"
                : Modifier.isFinal(modifiers) ? "final" : null;
    }

    /**
     * The methods a bean class has: its own and the inherited ones it does not override, Object's excepted, and the
     * default methods of its interfaces that no class of it overrides.
     */
    private static List<Method> methods(Class<?> beanClass) {
        List<Method> methods = new ArrayList<>();
        Set<String> overridable = new HashSet<>();
        List<Class<?>> interfaces = new ArrayList<>();
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
            interfaces.addAll(List.of(type.getInterfaces()));
        }
        for (int i = 0; i < interfaces.size(); i++) { // breadth first: a nearer interface's default wins
            Class<?> type = interfaces.get(i);
            for (Method method : type.getDeclaredMethods()) {
                if (method.isDefault() && !method.isSynthetic() && overridable.add(signature(method))) {
                    methods.add(method);
                }
            }
            interfaces.addAll(List.of(type.getInterfaces()));
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
        return neverInterceptedBecause(method.getModifiers()) == null;
    }

    /**
     * The class, the bean class or a superclass, whose own declaration carries the class layers (its own
     * {@code @Backoff}, or a stereotype or interceptor binding that has one): its name is in the config keys.
     */
    private static Class<?> declaringClassOfClassLayers(Class<?> beanClass) {
        for (Class<?> type = beanClass; type != null; type = type.getSuperclass()) {
            for (Annotation annotation : type.getDeclaredAnnotations()) {
                if (isBackoff(annotation) || carriesBackoff(annotation)) {
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

    /** Whether {@code annotation} is {@code @Backoff} itself, or several of them. */
    static boolean isBackoff(Annotation annotation) {
        return annotation instanceof Backoff || annotation instanceof Backoff.List;
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
    record SourceKey(Method method, Class<?> declaringClass, boolean classLevel) {
    }
}
