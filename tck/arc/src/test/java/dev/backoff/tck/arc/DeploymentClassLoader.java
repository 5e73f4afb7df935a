package dev.backoff.tck.arc;

import io.quarkus.arc.ComponentsProvider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The context class loader of one deployment, while it runs. It defines the generated classes that are this
 * deployment's own (see {@link ArcBuild}) and serves its {@code META-INF/services/io.quarkus.arc.ComponentsProvider},
 * which {@code Arc.initialize()} looks up there; everything else comes from its parent, the application class loader
 * (bean classes, the other generated classes). Being a new loader per deployment, it also gives each one its own
 * MicroProfile Config (SmallRye Config keeps one per class loader), read afresh from the sources and the environment,
 * as a Quarkus application reads its config when it starts.
 */
final class DeploymentClassLoader extends ClassLoader {

    private static final String SERVICE = "META-INF/services/" + ComponentsProvider.class.getName();

    static {
        registerAsParallelCapable();
    }

    private final String deployment;
    private final byte[] componentsProvider;
    private final Map<String, byte[]> classes;

    DeploymentClassLoader(String deployment, ArcBuild.Output build, ClassLoader parent) {
        super(deployment, parent);
        this.deployment = deployment;
        this.componentsProvider = build.componentsProvider();
        this.classes = build.deploymentClasses();
    }

    /** This deployment's classes first: no other loader has them. */
    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        return SERVICE.equals(name) ? serviceUrl() : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return SERVICE.equals(name) ? Collections.enumeration(Collections.singletonList(serviceUrl()))
                : super.getResources(name);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        return SERVICE.equals(name) ? new ByteArrayInputStream(componentsProvider) : super.getResourceAsStream(name);
    }

    /** The service file as a URL that {@link java.util.ServiceLoader} can open: its bytes, in memory. */
    private URL serviceUrl() {
        try {
            return new URL(null, "arc-deployment:" + deployment + "/" + SERVICE, new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL url) {
                    return new URLConnection(url) {
                        @Override
                        public void connect() {
                        }

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(componentsProvider);
                        }
                    };
                }
            });
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
