package dev.backoff.internal.cdi;

import dev.backoff.internal.engine.ContextCarrier;
import jakarta.enterprise.inject.spi.BeanContainer;

/**
 * SPEC 3.7: how this container lets an asynchronous call carry its caller's request context to later attempts:
 * ArC's context state, Weld's alterable contexts, or not at all (OpenWebBeans offers no way). Each way is a class
 * loaded only where its container runs.
 */
final class RequestContexts {

    private RequestContexts() {
    }

    static ContextCarrier forContainer(BeanContainer beans) {
        if (present("io.quarkus.arc.Arc") && ArcRequestContext.running()) {
            return new ArcRequestContext();
        }
        if (present("org.jboss.weld.manager.api.WeldManager")) {
            ContextCarrier weld = WeldRequestContext.of(beans);
            if (weld != null) {
                return weld;
            }
        }
        return ContextCarrier.NONE;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, RequestContexts.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
