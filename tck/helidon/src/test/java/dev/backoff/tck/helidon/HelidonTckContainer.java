package dev.backoff.tck.helidon;

import dev.backoff.internal.cdi.BackoffExtension;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Feature;
import dev.backoff.tck.spi.TckContainer;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Helidon MP's CDI container (its Weld fork) through the standard {@link SeContainerInitializer}, which Helidon
 * answers with its own initializer (allowed by {@code mp.initializer.allow=true}, set in the pom): discovery off, the
 * bean classes and backoff-cdi's portable extension. With discovery off, Weld loads no extension from
 * META-INF/services (so not Helidon's config injection either); Helidon adds its own two (ExecuteOn and its service
 * registry bridge) whatever the setting. Config is Helidon's own MicroProfile Config, not SmallRye's: it keeps one
 * Config per class loader across containers, but asks its sources on every lookup, so each start sees the
 * {@code TckConfig} of the moment (the environment cannot change within the JVM).
 *
 * <p>Helidon 4 runs on Java 21 or later: the pom runs the tests on the JDK that build-tools FindJdk found, and on the
 * build's own JDK where it found none; then this container cannot run here ({@link #notRunHere()}). So nothing here
 * names a Helidon class: they are Java 21 class files.
 */
public class HelidonTckContainer implements TckContainer {

    /** What FindJdk wrote, named by the pom. */
    private static final Properties JDK = load(Path.of(System.getProperty("tck.jdk")));

    @Override
    public String name() {
        return "Helidon MP " + helidonVersion() + " (portable extension)";
    }

    @Override
    public Optional<String> notRunHere() {
        if (!JDK.getProperty("jdk.home", "").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Helidon 4 needs a JDK 21 or later, and build-tools FindJdk found none ("
                + JDK.getProperty("jdk.looked-at", "") + "); -Djdk21.home=/path/to/jdk names one");
    }

    @Override
    public Optional<String> unsupported(Feature feature) {
        if (feature == Feature.ANY_THROWABLE_THROUGH_INTERCEPTORS) {
            return Optional.of("its Weld wraps a Throwable that is neither an Exception nor an Error, thrown by an"
                    + " intercepted method, in a WeldException (Reflections.unwrapInvocationTargetException), with or"
                    + " without backoff-cdi; the library matches the wrapped throwable (not retried) and lets the"
                    + " wrapper through");
        }
        return Optional.empty();
    }

    @Override
    public Deployed start(List<Class<?>> beanClasses) {
        SeContainer container = SeContainerInitializer.newInstance()
                .disableDiscovery()
                .addBeanClasses(beanClasses.toArray(Class<?>[]::new))
                .addExtensions(new BackoffExtension())
                .initialize();
        return Deployed.of(container);
    }

    /** The version of Helidon on the class path, from its jar's Maven metadata: read without loading a class of it. */
    private static String helidonVersion() {
        Properties pom = new Properties();
        try (InputStream in = HelidonTckContainer.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/io.helidon.common/helidon-common/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("helidon-common is not on the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ", which build-tools FindJdk writes", e);
        }
        return properties;
    }
}
