package dev.backoff.tck.arc;

import dev.backoff.internal.cdi.BackoffLiteExtension;
import dev.backoff.spi.BackoffClock;
import io.quarkus.arc.ComponentsProvider;
import io.quarkus.arc.processor.BeanArchives;
import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.arc.processor.BeanProcessor;
import io.quarkus.arc.processor.ResourceOutput;
import io.quarkus.arc.processor.bcextensions.ExtensionsEntryPoint;
import jakarta.decorator.Decorator;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.inject.Stereotype;
import jakarta.inject.Scope;
import jakarta.interceptor.Interceptor;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTransformation;
import org.jboss.jandex.CompositeIndex;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Indexer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The build step of a Quarkus application, for one TCK deployment: ArC's bean processor runs over a Jandex index of
 * the bean classes and the backoff-cdi jar (a bean archive: it ships {@code META-INF/beans.xml}), with
 * {@link BackoffLiteExtension} as the one build-compatible extension.
 *
 * <p>Where the generated classes go. Most of them must be loaded by the application class loader, which loads the
 * bean classes they extend or call, so that package-private members are accessible, as in Quarkus: they are written
 * to {@link #CLASSES}, on the test class path. That loader keeps the first class of a name it loads, and the next
 * deployments generate classes of the same names; so every deployment has the same name, {@link #DEPLOYMENT}, which
 * makes ArC's bean identifiers (a hash of the bean and the deployment name, compiled into the generated classes and
 * used to look beans up at run time) the same for the same bean in every deployment. Then:
 * <ul>
 * <li>The classes of a bean ({@code X_Bean}, {@code X_Subclass}, {@code X_ClientProxy}, {@code X_Observer_...})
 * depend on the bean class, its injection points and the interceptors bound to it, all the same in every deployment
 * of that class; not if a TCK test deployed one bean class once with and once without another interceptor or
 * decorator that applies to it. {@link #write} checks that: a class generated again with other bytes than the first
 * time fails the deployment, rather than running the stale one.</li>
 * <li>The classes that do differ between deployments, {@code io.quarkus.arc.setup.*_ComponentsProvider*} (which beans
 * there are, what is injected where, what was removed) and the synthetic beans (their parameters are compiled in:
 * the extension's list of classes with {@code @Backoff}), need no package-private access (the first are in a package
 * of their own; a synthetic bean's creator is public by the CDI rules, as is {@code Sites}), and are loaded by the
 * deployment's own {@link DeploymentClassLoader} instead.</li>
 * </ul>
 */
final class ArcBuild {

    /** The name of every deployment: see the class comment. */
    static final String DEPLOYMENT = "BackoffTck";

    /** Where the generated classes go: the test output directory, on the test class path in every launcher. */
    static final Path CLASSES = classesDirectory();

    /** The backoff-cdi jar, indexed once: Quarkus indexes a dependency that ships a beans.xml. */
    private static final Index LIBRARY = indexArchive(BackoffClock.class);

    /**
     * ArC logs every error an extension reports before it throws them all in one DeploymentException, which the TCK
     * reads; the TCK fails deployments on purpose, so this logger is muted (and kept, so the setting stays).
     */
    private static final Logger MESSAGES = muted("io.quarkus.arc.processor.bcextensions.MessagesImpl");

    /** The bean that handles what an {@code @ObservesAsync} observer throws, unless the application has its own. */
    private static final String ASYNC_OBSERVER_EXCEPTIONS = "io.quarkus.arc.impl.DefaultAsyncObserverExceptionHandler";

    /** Each class written by this JVM, by name: see the class comment. */
    private static final Map<String, byte[]> WRITTEN = new ConcurrentHashMap<>();

    private ArcBuild() {
    }

    /**
     * What a build leaves for the start: the content of {@code META-INF/services/io.quarkus.arc.ComponentsProvider},
     * and the bytes of the generated classes of this deployment only, by class name.
     */
    record Output(byte[] componentsProvider, Map<String, byte[]> deploymentClasses) {
    }

    /**
     * Builds a deployment of {@code beanClasses}, as Quarkus builds an application: build-time validation problems
     * (the extension's and ArC's) are thrown as ArC throws them, a
     * {@code jakarta.enterprise.inject.spi.DeploymentException}.
     */
    static Output build(Collection<Class<?>> beanClasses) {
        Set<String> given = new HashSet<>();
        Set<String> dependent = new HashSet<>();
        Set<String> superclasses = new HashSet<>();
        for (Class<?> type : beanClasses) {
            given.add(type.getName());
            if (!beanDefining(type)) {
                dependent.add(type.getName());
            }
            for (Class<?> s = type.getSuperclass(); s != null; s = s.getSuperclass()) {
                if (!s.getName().startsWith("java.") && LIBRARY.getClassByName(s.getName()) == null) {
                    superclasses.add(s.getName());
                }
            }
        }
        superclasses.removeAll(given);
        Set<String> indexed = new HashSet<>(given);
        indexed.addAll(superclasses);
        IndexView index = CompositeIndex.create(LIBRARY, index(indexed));

        ExtensionsEntryPoint extensions = new ExtensionsEntryPoint(List.of(new BackoffLiteExtension()));
        Set<String> discovered = new HashSet<>();
        extensions.runDiscovery(index, discovered);
        IndexView beanArchive = BeanArchives.buildImmutableBeanArchiveIndex(index, index(discovered));

        byte[][] componentsProvider = new byte[1][];
        Map<String, byte[]> deploymentClasses = new HashMap<>();
        BeanProcessor processor = BeanProcessor.builder()
                .setName(DEPLOYMENT)
                .setImmutableBeanArchiveIndex(beanArchive)
                .setComputingBeanArchiveIndex(BeanArchives.buildComputingBeanArchiveIndex(
                        ArcBuild.class.getClassLoader(), new ConcurrentHashMap<>(), beanArchive))
                .setApplicationIndex(index)
                .setBuildCompatibleExtensions(extensions)
                // The TCK's bean classes are beans, whatever their annotations, as Weld SE's addBeanClasses makes them.
                // In Quarkus, the same as additional beans: those without a bean defining annotation are @Dependent.
                // (An application class without one is no bean at all in Quarkus, @Backoff or not.)
                .addAnnotationTransformation(AnnotationTransformation.forClasses()
                        .when(c -> dependent.contains(c.declaration().asClass().name().toString()))
                        .transform(c -> c.add(Dependent.class)))
                // Their superclasses are indexed, as the application module is in Quarkus, so that the extension sees
                // and can change their annotations (@Enhancement goes over the index); but they are no beans.
                .addExcludeType(c -> superclasses.contains(c.name().toString()))
                // Quarkus' default (quarkus.arc.remove-unused-beans=all). A @QuarkusTest keeps the beans it injects;
                // a TCK test may look up any bean its classes define (class or producer), so those are kept, except
                // the ones of the types @Backoff members name (listeners, limits, wait functions, predicates) and a
                // ManagedScheduledExecutorService the library looks up: nothing injects those in an application either;
                // keeping them is the library's job (LiteLifecycle).
                .setRemoveUnusedBeans(true)
                .addRemovalExclusion(bean -> given.contains(bean.getBeanClass().toString()) && !keptByTheLibrary(bean))
                // ArC looks its handler of @ObservesAsync observers' exceptions up when one throws; Quarkus keeps it.
                .addRemovalExclusion(bean -> bean.getBeanClass().toString().equals(ASYNC_OBSERVER_EXCEPTIONS))
                // Quarkus would transform the bytecode of unproxyable bean classes; these classes are already loaded.
                // ArC then reports such a bean as a deployment problem instead.
                .setTransformUnproxyableClasses(false)
                .setOutput(resource -> {
                    if (resource.getType() == ResourceOutput.Resource.Type.JAVA_CLASS && ofDeployment(resource)) {
                        deploymentClasses.put(resource.getFullyQualifiedName(), resource.getData());
                    } else if (resource.getType() == ResourceOutput.Resource.Type.JAVA_CLASS) {
                        write(resource);
                    } else if (resource.getType() == ResourceOutput.Resource.Type.SERVICE_PROVIDER
                            && resource.getName().endsWith(ComponentsProvider.class.getName())) {
                        componentsProvider[0] = resource.getData();
                    }
                })
                .build();
        try {
            processor.process();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("ArC failed to generate the classes of " + beanClasses, e.getCause());
        }
        if (componentsProvider[0] == null) {
            throw new IllegalStateException("ArC generated no ComponentsProvider for " + beanClasses);
        }
        return new Output(componentsProvider[0], Map.copyOf(deploymentClasses));
    }

    private static Logger muted(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.OFF);
        return logger;
    }

    /** Whether the class is one of those that differ between deployments: see the class comment. */
    private static boolean ofDeployment(ResourceOutput.Resource generated) {
        String name = generated.getFullyQualifiedName();
        return name.startsWith("io.quarkus.arc.setup.") || name.contains("_Synthetic_");
    }

    /** Whether a class is a bean in Quarkus as it is: with a scope, a stereotype, or as an interceptor or decorator. */
    private static boolean beanDefining(Class<?> type) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            return true; // never a bean: leave it as it is
        }
        for (Annotation annotation : type.getAnnotations()) {
            Class<? extends Annotation> kind = annotation.annotationType();
            if (kind == Dependent.class || kind == Interceptor.class || kind == Decorator.class
                    || kind.isAnnotationPresent(NormalScope.class) || kind.isAnnotationPresent(Scope.class)
                    || kind.isAnnotationPresent(Stereotype.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean keptByTheLibrary(BeanInfo bean) {
        return bean.getTypes().stream().map(type -> type.name().toString()).anyMatch(type -> Stream.of(
                "dev.backoff.BackoffListener", "dev.backoff.BackoffLimits", "dev.backoff.WaitFunction",
                "java.util.function.Predicate", "jakarta.enterprise.concurrent.ManagedScheduledExecutorService")
                .anyMatch(type::equals));
    }

    private static void write(ResourceOutput.Resource resource) throws IOException {
        byte[] earlier = WRITTEN.putIfAbsent(resource.getFullyQualifiedName(), resource.getData());
        if (earlier != null && !Arrays.equals(earlier, resource.getData())) {
            throw new IllegalStateException("ArC generated " + resource.getFullyQualifiedName() + " again, unlike the"
                    + " first time, but the class loader keeps the first: this TCK runner cannot deploy a bean class"
                    + " once with and once without another interceptor or decorator (see ArcBuild)");
        }
        resource.writeTo(CLASSES.toFile());
    }

    /**
     * The classes named, except the library's, already indexed (a class indexed twice would make two beans), and the
     * annotation types they use, with their meta-annotations: in Quarkus the application's whole module is indexed,
     * so its own interceptor bindings, qualifiers and stereotypes are known, and a TCK test declares those beside its
     * beans without deploying them (Weld reads them from the classes).
     */
    private static Index index(Collection<String> classNames) {
        Map<String, Class<?>> classes = new HashMap<>();
        Deque<String> pending = new ArrayDeque<>(classNames);
        try {
            while (!pending.isEmpty()) {
                String name = pending.pop();
                if (LIBRARY.getClassByName(name) != null || classes.containsKey(name)) {
                    continue;
                }
                Class<?> type = load(name);
                classes.put(name, type);
                for (AnnotationInstance annotation : Index.singleClass(type).annotations()) {
                    String used = annotation.name().toString();
                    if (!used.startsWith("java.") && !used.startsWith("jakarta.") && !used.startsWith("kotlin.")) {
                        pending.add(used);
                    }
                }
            }
            return Index.of(classes.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ArcBuild.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Cannot index " + name, e);
        }
    }

    /** Every class of the jar or directory {@code type} was loaded from. */
    private static Index indexArchive(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return indexTree(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return indexTree(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Index indexTree(Path root) throws IOException {
        Indexer indexer = new Indexer();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        }
        return indexer.complete();
    }

    private static Path classesDirectory() {
        try {
            // the root of the class path entry this class came from: target/test-classes
            return Path.of(ArcBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
