package dev.backoff.tck.owb;

import dev.backoff.internal.cdi.BackoffExtension;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Feature;
import dev.backoff.tck.spi.TckContainer;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import jakarta.enterprise.inject.spi.DeploymentException;
import org.apache.webbeans.config.WebBeansContext;
import org.apache.webbeans.portable.events.discovery.ErrorStack;
import org.apache.webbeans.spi.ContainerLifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * OpenWebBeans SE through the standard {@link SeContainerInitializer}: discovery off, the bean classes and
 * backoff-cdi's portable extension. OpenWebBeans loads the extensions in META-INF/services even with discovery off
 * (backoff-cdi's among them) and keeps one instance per extension class, so the one added here is the same extension,
 * not a second. MicroProfile Config is SmallRye Config (OpenWebBeans has none).
 *
 * <p>Two things OpenWebBeans does differently on a failed deployment, which this harness makes up for:
 * <ul>
 * <li>The problems added in {@code AfterDeploymentValidation} go only to its log ({@link ErrorStack}), and the
 * {@link DeploymentException} it throws says "look at logs". They are taken from the log here and set as the
 * exception's cause, so that the TCK sees backoff-cdi's report, which an OpenWebBeans user reads in the log.</li>
 * <li>The failed container stays registered for the class loader, so that every later start would fail ("already
 * registered"): it is stopped here.</li>
 * </ul>
 */
public class OwbTckContainer implements TckContainer {

    @Override
    public String name() {
        return "OpenWebBeans " + WebBeansContext.class.getPackage().getImplementationVersion() + " (portable extension)";
    }

    @Override
    public Optional<String> unsupported(Feature feature) {
        return switch (feature) {
            // BeansDeployer.isValidManagedBean -> InterceptorUtil.checkSimpleWebBeansInterceptorConditions(Class)
            case FINAL_METHOD_UNBINDING -> Optional.of("it checks interceptor bindings on final methods by reflection on"
                    + " the class, not on the annotated type an extension changed, and fails the deployment with its own"
                    + " message (\"Method : x in simple web bean class ... can not be defined as non-static, non-private"
                    + " and final\") before backoff-cdi can report that problem with the others");
            // WebBeansUtil.inspectDeploymentErrorStack
            case REPORT_IN_DEPLOYMENT_EXCEPTION -> Optional.of("it logs the problems an extension adds in"
                    + " AfterDeploymentValidation and throws a DeploymentException without them (\"There are errors that"
                    + " are added by AfterDeploymentValidation event observers. Look at logs for further details\")");
            case DEFAULT_METHOD_INTERCEPTION -> Optional.of("it does not intercept the default methods a bean inherits"
                    + " from its interfaces (its interceptor proxies override only the class's own methods)");
            case REQUEST_CONTEXT_PROPAGATION -> Optional.of("it offers no API to set a request's instances into a"
                    + " request context of another thread, so an asynchronous retry cannot carry its caller's request");
            default -> Optional.empty();
        };
    }

    @Override
    public Deployed start(List<Class<?>> beanClasses) {
        SeContainer container;
        try (LoggedProblems problems = new LoggedProblems()) {
            try {
                container = SeContainerInitializer.newInstance()
                        .disableDiscovery()
                        .addBeanClasses(beanClasses.toArray(Class<?>[]::new))
                        .addExtensions(new BackoffExtension())
                        .initialize();
            } catch (RuntimeException e) {
                WebBeansContext.currentInstance().getService(ContainerLifecycle.class).stopApplication(null);
                if (e instanceof DeploymentException) {
                    problems.attachTo(e);
                }
                throw e;
            }
        }
        return Deployed.of(container);
    }

    /** What OpenWebBeans logs as deployment problems while a container starts, kept off the console. */
    private static final class LoggedProblems extends Handler implements AutoCloseable {

        private final Logger logger = Logger.getLogger(ErrorStack.class.getName());
        private final List<Throwable> problems = new ArrayList<>();
        private final boolean parentHandlers = logger.getUseParentHandlers();

        LoggedProblems() {
            logger.addHandler(this);
            logger.setUseParentHandlers(false);
        }

        void attachTo(Throwable failure) {
            for (Throwable problem : problems) {
                if (failure.getCause() == null) {
                    failure.initCause(problem);
                } else {
                    failure.addSuppressed(problem);
                }
            }
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue() && record.getThrown() != null) {
                problems.add(record.getThrown());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
            logger.setUseParentHandlers(parentHandlers);
        }
    }
}
