package dev.backoff.internal.policy;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;

/**
 * The class a generic interface's type argument stands for in an implementing class: {@code IOException} for a
 * {@code Predicate<IOException>}. {@code Object} when the class leaves it open (raw, or a type variable without a
 * bound), so that an unknown argument never narrows what a member is asked about.
 */
final class TypeArgument {

    private TypeArgument() {
    }

    /** The erasure of {@code generic}'s type argument {@code index} as {@code type} implements it. */
    static Class<?> of(Class<?> type, Class<?> generic, int index) {
        Type found = find(type, generic, index, new HashMap<>());
        return found == null ? Object.class : erasure(found);
    }

    private static Type find(Type type, Class<?> generic, int index, Map<TypeVariable<?>, Type> bound) {
        Class<?> raw = erasure(type);
        if (type instanceof ParameterizedType parameterized) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                bound.put(variables[i], resolve(arguments[i], bound));
            }
            if (raw == generic) {
                return bound.get(variables[index]);
            }
        }
        if (raw == generic || !generic.isAssignableFrom(raw)) {
            return null; // raw use of the interface itself, or not on this path
        }
        for (Type parent : raw.getGenericInterfaces()) {
            Type found = find(parent, generic, index, bound);
            if (found != null) {
                return found;
            }
        }
        return raw.getGenericSuperclass() == null ? null : find(raw.getGenericSuperclass(), generic, index, bound);
    }

    private static Type resolve(Type argument, Map<TypeVariable<?>, Type> bound) {
        return argument instanceof TypeVariable<?> variable && bound.containsKey(variable) ? bound.get(variable) : argument;
    }

    /** No wildcard comes here: a class's supertypes cannot take one as a type argument (JLS 8.1.4, 8.1.5). */
    private static Class<?> erasure(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType a) {
            return java.lang.reflect.Array.newInstance(erasure(a.getGenericComponentType()), 0).getClass();
        }
        return erasure(((TypeVariable<?>) type).getBounds()[0]); // its first bound: Object when unbounded
    }
}
