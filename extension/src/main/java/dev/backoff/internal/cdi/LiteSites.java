package dev.backoff.internal.cdi;

import dev.backoff.internal.policy.PolicyReader;
import dev.backoff.internal.policy.Problem;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Vetoed;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;
import jakarta.enterprise.inject.spi.BeanContainer;
import jakarta.enterprise.inject.spi.DeploymentException;

import java.util.List;

/**
 * The {@link Sites} of a CDI Lite application: created with the bean classes the build noted (carried as classes, so
 * nothing is looked up by name at startup), and resolved when the application starts ({@link LiteLifecycle}), not
 * when the bean is created: resolving makes the beans that class-valued members name, which may inject a
 * {@code @Backoff} bean, whose interceptor needs this bean.
 */
@Vetoed
public class LiteSites implements SyntheticBeanCreator<Sites> {

    @Override
    public Sites create(Instance<Object> lookup, Parameters params) {
        return new Sites(List.of(params.get(BackoffLiteExtension.BEAN_CLASSES, Class[].class)));
    }

    /**
     * Scans the bean classes the build noted, reads every policy from annotations and the config of this start, and
     * publishes them; or throws one {@link DeploymentException} listing every problem.
     */
    static void resolve(Sites sites, BeanContainer container) {
        SiteScanner scanner = new SiteScanner(true);
        sites.beanClasses().forEach(scanner::scan);
        List<Problem> problems = new Resolution(scanner).resolve(MicroProfileConfig.forApplication(LiteSites.class),
                container, sites);
        if (!problems.isEmpty()) {
            throw new DeploymentException(Problem.report(problems));
        }
    }

    /** The config the build sees, or none where there is no MicroProfile Config implementation at build time. */
    static PolicyReader.Config buildTimeConfig() {
        try {
            return MicroProfileConfig.forApplication(LiteSites.class);
        } catch (DeploymentException noConfig) { // the start, which must have one, says so
            return PolicyReader.Config.lookingUp(key -> null);
        }
    }
}
