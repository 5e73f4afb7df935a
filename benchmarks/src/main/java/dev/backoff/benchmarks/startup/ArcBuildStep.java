package dev.backoff.benchmarks.startup;

import io.quarkus.arc.processor.BeanArchives;
import io.quarkus.arc.processor.BeanDeployment;
import io.quarkus.arc.processor.BeanProcessor;
import io.quarkus.arc.processor.ResourceOutput;
import io.quarkus.arc.processor.bcextensions.ExtensionsEntryPoint;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Indexer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A child JVM of {@link StartupRun}: the ArC part of a Quarkus build, timed. It indexes every bean archive on the
 * class path (each entry with a {@code META-INF/beans.xml}: the application, and backoff-cdi's jar if present, as
 * Quarkus indexes a dependency that has one), runs the build-compatible extensions found through
 * {@code META-INF/services} (backoff-cdi's, if present), and ArC's bean processor, which writes the generated classes
 * to the directory given as argument, for {@link ArcBoot}.
 *
 * <p>Unlike Quarkus: no bytecode transformation of bean classes, and unused beans are kept. Nothing injects the
 * generated beans, which an application's other beans would do; ArC would otherwise remove them all.
 */
public final class ArcBuildStep {

    private ArcBuildStep() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[0]);
        Report.Timer timer = new Report.Timer();
        ClassLoader loader = ArcBuildStep.class.getClassLoader();
        IndexView index = beanArchives(loader);

        List<BuildCompatibleExtension> found = ServiceLoader.load(BuildCompatibleExtension.class, loader).stream()
                .map(ServiceLoader.Provider::get).toList();
        ExtensionsEntryPoint extensions = new ExtensionsEntryPoint(found);
        Set<String> discovered = new HashSet<>();
        extensions.runDiscovery(index, discovered);
        IndexView beanArchive = BeanArchives.buildImmutableBeanArchiveIndex(index, classes(loader, discovered));

        BeanDeployment deployment = BeanProcessor.builder()
                .setImmutableBeanArchiveIndex(beanArchive)
                .setComputingBeanArchiveIndex(BeanArchives.buildComputingBeanArchiveIndex(loader,
                        new ConcurrentHashMap<>(), beanArchive))
                .setApplicationIndex(index)
                .setBuildCompatibleExtensions(extensions)
                .setRemoveUnusedBeans(false)
                .setTransformUnproxyableClasses(false)
                .setOutput(resource -> write(resource, output))
                .build()
                .process();
        timer.stop();

        int intercepted = deployment.getBeans().stream().mapToInt(b -> b.getInterceptedMethodsBindings().size()).sum();
        timer.report(intercepted + " intercepted methods").print();
    }

    /** Where Quarkus puts them: the classes, and the service files (ArC's ComponentsProvider) under META-INF. */
    private static void write(ResourceOutput.Resource resource, Path output) throws IOException {
        if (resource.getType() == ResourceOutput.Resource.Type.JAVA_CLASS) {
            resource.writeTo(output.toFile());
        } else if (resource.getType() == ResourceOutput.Resource.Type.SERVICE_PROVIDER) {
            Path file = output.resolve("META-INF/services").resolve(resource.getName());
            Files.createDirectories(file.getParent());
            Files.write(file, resource.getData());
        }
    }

    private static IndexView beanArchives(ClassLoader loader) throws IOException, URISyntaxException {
        Indexer indexer = new Indexer();
        for (URL beansXml : Collections.list(loader.getResources("META-INF/beans.xml"))) {
            if (beansXml.getProtocol().equals("jar")) {
                Path jar = Path.of(((JarURLConnection) beansXml.openConnection()).getJarFileURL().toURI());
                try (FileSystem files = FileSystems.newFileSystem(jar)) {
                    indexTree(files.getPath("/"), indexer);
                }
            } else {
                indexTree(Path.of(beansXml.toURI()).getParent().getParent(), indexer);
            }
        }
        return indexer.complete();
    }

    private static void indexTree(Path root, Indexer indexer) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                try (InputStream in = Files.newInputStream(f)) {
                    indexer.index(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The classes the extensions' discovery added, by name, indexed from their class files. */
    private static Index classes(ClassLoader loader, Collection<String> names) throws IOException {
        Indexer indexer = new Indexer();
        for (String name : names) {
            try (InputStream in = loader.getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new IllegalStateException("an extension's discovery added " + name + ", not found");
                }
                indexer.index(in);
            }
        }
        return indexer.complete();
    }
}
