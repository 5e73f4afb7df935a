package dev.backoff.internal.cdi;

import dev.backoff.internal.policy.MemberInstances;
import jakarta.enterprise.inject.spi.BeanContainer;
import jakarta.inject.Inject;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** SPEC 1.2: the CDI bean of a class-valued member's type if there is one, otherwise a new instance. */
final class BeanInstances implements MemberInstances.Maker {

    private final BeanContainer beans;

    BeanInstances(BeanContainer beans) {
        this.beans = beans;
    }

    @Override
    public Object make(Class<?> type) throws Exception {
        Object bean = BeanLookup.find(beans, type);
        if (bean != null) {
            return bean;
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new InstantiationException("it is abstract and no CDI bean has that type");
        }
        if (!Modifier.isPublic(type.getModifiers())) {
            throw new IllegalAccessException("it is not public and no CDI bean has that type");
        }
        if (injects(type)) {
            throw new InstantiationException("it has @Inject members but no CDI bean has that type (is it a bean? on"
                    + " Quarkus, a bean nothing injects may be removed: annotate it @io.quarkus.arc.Unremovable)");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new NoSuchMethodException("it has no public no-argument constructor and no CDI bean has that type");
        }
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new InstantiationException("its constructor threw " + e.getCause());
        } catch (ExceptionInInitializerError e) {
            // an Error: not reported as a problem of this method, it would have ended the whole validation
            throw new InstantiationException("its static initializer threw " + e.getCause());
        } catch (LinkageError e) {
            throw new InstantiationException("it cannot be loaded, or its static initializer failed earlier: " + e);
        }
    }

    /** Whether {@code type} or a superclass declares an {@code @Inject} field, method or constructor. */
    private static boolean injects(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (AccessibleObject member : members(c)) {
                if (member.isAnnotationPresent(Inject.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<AccessibleObject> members(Class<?> c) {
        List<AccessibleObject> members = new ArrayList<>();
        members.addAll(List.of(c.getDeclaredFields()));
        members.addAll(List.of(c.getDeclaredMethods()));
        members.addAll(List.of(c.getDeclaredConstructors()));
        return members;
    }
}
