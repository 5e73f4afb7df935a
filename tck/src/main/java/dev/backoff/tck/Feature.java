package dev.backoff.tck;

/** What some TCK tests need from a container beyond CDI Lite; a runner may declare one unsupported, with a reason. */
public enum Feature {

    /** Jakarta Concurrency: a {@code ManagedScheduledExecutorService} bean the extension should use for waits. */
    MANAGED_SCHEDULER_BEAN,

    /**
     * The container looks for interceptor bindings on final methods in the annotated type as extensions left it, not
     * in the class: backoff-cdi takes {@code @Backoff} off final methods in {@code ProcessAnnotatedType} to report
     * them with its other problems, before the container refuses the deployment with its own message.
     */
    FINAL_METHOD_UNBINDING,

    /**
     * The container's {@code DeploymentException} carries the problems extensions add in
     * {@code AfterDeploymentValidation}, in its message or cause chain, not only in its log.
     */
    REPORT_IN_DEPLOYMENT_EXCEPTION,

    /**
     * Archives with {@code bean-discovery-mode="all"} (an uber-jar, a WAR's classes with the library's classes among
     * them), where every class with a usable constructor is a bean: a CDI Full container running the portable
     * extension.
     */
    DISCOVERY_MODE_ALL,

    /**
     * A {@code Throwable} that is neither an {@code Exception} nor an {@code Error} passes through an interceptor as
     * it is. ({@code InvocationContext.proceed()} declares only {@code Exception}: a container that invokes methods
     * reflectively may wrap it.)
     */
    ANY_THROWABLE_THROUGH_INTERCEPTORS,

    /**
     * The container intercepts the default methods a bean inherits from its interfaces. Where it does not, a
     * class-level {@code @Backoff} that would cover one is a deployment error.
     */
    DEFAULT_METHOD_INTERCEPTION,

    /**
     * An API to run code on another thread in a request context that holds a given request's instances (Weld's
     * alterable contexts, ArC's context state).
     */
    REQUEST_CONTEXT_PROPAGATION,
}
