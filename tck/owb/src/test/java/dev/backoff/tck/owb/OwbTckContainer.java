package dev.backoff.tck.owb;

import dev.backoff.internal.cdi.BackoffExtension;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.spi.TckContainer;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import org.apache.webbeans.config.WebBeansContext;

import java.util.List;

/**
 * OpenWebBeans SE through the standard {@link SeContainerInitializer}: discovery off, the bean classes and
 * backoff-cdi's portable extension. OpenWebBeans loads the extensions in META-INF/services even with discovery off
 * (backoff-cdi's among them) and keeps one instance per extension class, so the one added here is the same extension,
 * not a second. MicroProfile Config is SmallRye Config (OpenWebBeans has none).
 */
public class OwbTckContainer implements TckContainer {

    @Override
    public String name() {
        return "OpenWebBeans " + WebBeansContext.class.getPackage().getImplementationVersion() + " (portable extension)";
    }

    @Override
    public Deployed start(List<Class<?>> beanClasses) {
        SeContainer container = SeContainerInitializer.newInstance()
                .disableDiscovery()
                .addBeanClasses(beanClasses.toArray(Class<?>[]::new))
                .addExtensions(new BackoffExtension())
                .initialize();
        return new Deployed() {
            @Override
            public <T> T get(Class<T> type) {
                return container.select(type).get();
            }

            @Override
            public void close() {
                container.close();
            }
        };
    }
}
