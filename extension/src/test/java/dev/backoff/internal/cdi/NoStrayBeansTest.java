package dev.backoff.internal.cdi;

import dev.backoff.Backoff;
import jakarta.enterprise.inject.Vetoed;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 7.1: the library's internal beans are registered once, whatever the discovery mode. An archive with
 * {@code bean-discovery-mode="all"} makes a bean of every class that has a constructor a container can call; of the
 * library's internal classes, only the ones its extensions register may be such a class (the portable extension vetoes
 * their scanned copies), and every other one is vetoed, itself or by its package. The TCK's DiscoveryModeAllTest
 * deploys them all on each container; this test names the class that would slip through.
 */
class NoStrayBeansTest {

    /** Registered by the extensions, their scanned copies vetoed by BackoffExtension. */
    private static final Set<Class<?>> REGISTERED = Set.of(BackoffInterceptor.class, SystemClock.class,
            DefaultScheduler.class, DefaultRetryBudgets.class, LiteLifecycle.class);

    @Test
    void everyInternalClassAContainerCouldMakeABeanOfIsRegisteredOrVetoed() throws Exception {
        List<Class<?>> internal = internalClasses();
        assertThat(internal).as("the library's internal classes").hasSizeGreaterThan(30);

        assertThat(internal).filteredOn(NoStrayBeansTest::couldBeABean)
                .filteredOn(c -> !REGISTERED.contains(c) && !c.isAnnotationPresent(Vetoed.class)
                        && !c.getPackage().isAnnotationPresent(Vetoed.class))
                .as("internal classes that discovery would make beans of").isEmpty();
    }

    /** CDI 4, 3.1.1 and 12: what discovery of an archive with bean-discovery-mode all makes a managed bean of. */
    private static boolean couldBeABean(Class<?> type) {
        int modifiers = type.getModifiers();
        if (type.isInterface() || type.isEnum() || type.isAnnotation() || type.isAnonymousClass()
                || type.isLocalClass() || Modifier.isAbstract(modifiers)
                || type.isMemberClass() && !Modifier.isStatic(modifiers)
                || Extension.class.isAssignableFrom(type) || BuildCompatibleExtension.class.isAssignableFrom(type)) {
            return false;
        }
        return Arrays.stream(type.getDeclaredConstructors())
                .anyMatch(c -> c.getParameterCount() == 0 || c.isAnnotationPresent(Inject.class));
    }

    private static List<Class<?>> internalClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(Backoff.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path internal = classes.resolve("dev/backoff/internal");
        try (Stream<Path> files = Files.walk(internal)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.toString().endsWith("package-info.class"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(NoStrayBeansTest::load).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, NoStrayBeansTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
