package dev.backoff.internal.cdi;

import dev.backoff.internal.policy.ApplicationClassLoader;
import dev.backoff.internal.policy.ConfigKeys;
import dev.backoff.internal.policy.PolicyReader;
import jakarta.enterprise.inject.Vetoed;
import jakarta.enterprise.inject.spi.DeploymentException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.Set;

/**
 * The application's MicroProfile Config, as the policy reader asks it (SPEC 5). The only class of the library that
 * names MicroProfile Config types, so that an application without an implementation, or without the API, gets a
 * deployment error that says so, instead of a linkage error from somewhere inside.
 */
@Vetoed
final class MicroProfileConfig implements PolicyReader.Config {

    /** What the deployment error says when there is no MicroProfile Config to read. */
    static final String MISSING = "backoff-cdi reads every @Backoff from MicroProfile Config, and this application has"
            + " no MicroProfile Config implementation: add one, such as io.smallrye.config:smallrye-config 3.x (with"
            + " org.eclipse.microprofile.config:microprofile-config-api 3.x), or run on a platform that has one"
            + " (Quarkus, Helidon, Payara, WildFly with its MicroProfile configuration, Open Liberty)";

    private final Config config;

    private MicroProfileConfig(Config config) {
        this.config = config;
    }

    /**
     * The config of the application that {@code caller}'s class loader, or the thread's, belongs to.
     *
     * @throws DeploymentException saying what to add, when there is no MicroProfile Config implementation or API
     */
    static PolicyReader.Config forApplication(Class<?> caller) {
        try {
            return new MicroProfileConfig(ConfigProvider.getConfig(ApplicationClassLoader.of(caller)));
        } catch (IllegalStateException | ServiceConfigurationError | LinkageError none) {
            throw new DeploymentException(MISSING, none);
        }
    }

    /**
     * The value of {@code key}, {@code null} when it has none or an empty one (MicroProfile Config: empty is unset).
     * An expression that does not expand ({@code ${nowhere}}) is no value to {@code getOptionalValue}; it is returned
     * as written, so that it is reported as not valid instead of silently leaving the annotation's value in force.
     */
    @Override
    public String get(String key) {
        ConfigValue found = config.getConfigValue(key);
        String value = found.getValue();
        if (value == null) {
            return found.getRawValue();
        }
        return value.isEmpty() ? null : value;
    }

    /** Asked of each source: a Config may have cached its names from before this start. */
    @Override
    public Iterable<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        config.getConfigSources().forEach(source -> keys.addAll(source.getPropertyNames()));
        return keys;
    }

    /**
     * SPEC 5.3: the environment variable that gives {@code key} its value {@code raw}, in the forms MicroProfile Config
     * looks for (the key itself, then with every other character than letters and digits as {@code _}, then that in
     * capitals), or {@code null} when none does.
     */
    @Override
    public String variable(String key, String raw) {
        String sanitized = key.replaceAll("[^A-Za-z0-9]", "_");
        for (String form : List.of(key, sanitized, ConfigKeys.environmentVariable(key))) {
            if (raw.equals(System.getenv(form))) {
                return form;
            }
        }
        return null;
    }
}
