package dev.backoff.tck.deployment;

import dev.backoff.Backoff;
import dev.backoff.BackoffLimits;
import dev.backoff.BackoffListener;
import dev.backoff.Wait;
import dev.backoff.WaitFunction;
import dev.backoff.tck.Spec;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.Predicate;

import static dev.backoff.tck.deployment.Deployment.problem;
import static dev.backoff.tck.deployment.Deployment.where;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 1.2 and 6: a class-valued member that is no CDI bean and cannot be instantiated fails the deployment. */
@Spec({"1.2", "6"})
class ClassMemberChecksTest {

    private static final String ACCEPTED = "accepted: a CDI bean of that type, or a public class with a public"
            + " no-argument constructor";

    @Test
    void abstractClass() {
        assertThat(problem(AbstractListenerApi.class)).startsWith(where(AbstractListenerApi.class, "call") + "): ")
                .contains("@Backoff(listeners = " + AbstractListener.class.getName() + ".class) cannot be created",
                        "abstract", ACCEPTED);
    }

    @Test
    void interfaceType() {
        assertThat(problem(InterfaceGiveupApi.class)).startsWith(where(InterfaceGiveupApi.class, "call"))
                .contains("@Backoff(giveup = " + GiveupRule.class.getName() + ".class) cannot be created", "abstract",
                        ACCEPTED);
    }

    @Test
    void classWithInjectMembersThatIsNoBean() {
        assertThat(problem(InjectingListenerApi.class)).startsWith(where(InjectingListenerApi.class, "call"))
                .contains("@Backoff(listeners = " + InjectingListener.class.getName() + ".class) cannot be created",
                        "has @Inject members but no CDI bean has that type", ACCEPTED);
    }

    @Test
    void noNoArgumentConstructor() {
        assertThat(problem(NeedsArgumentApi.class)).startsWith(where(NeedsArgumentApi.class, "call"))
                .contains("@Backoff(retryIf = " + NeedsArgument.class.getName() + ".class) cannot be created",
                        "no public no-argument constructor", ACCEPTED);
    }

    @Test
    void privateConstructor() {
        assertThat(problem(PrivateConstructorApi.class)).startsWith(where(PrivateConstructorApi.class, "call"))
                .contains("@Backoff(limits = " + PrivateConstructor.class.getName() + ".class) cannot be created",
                        "no public no-argument constructor", ACCEPTED);
    }

    @Test
    void notPublic() {
        assertThat(problem(HiddenApi.class)).startsWith(where(HiddenApi.class, "call"))
                .contains("@Backoff(giveup = " + Hidden.class.getName() + ".class) cannot be created", "not public",
                        ACCEPTED);
    }

    @Test
    void constructorThrows() {
        assertThat(problem(ThrowingApi.class)).startsWith(where(ThrowingApi.class, "call"))
                .contains("@Backoff(waitFrom = "
                        + Throwing.class.getName() + ".class) cannot be created", "threw", "no retry-after today",
                        ACCEPTED);
    }

    @Test
    void staticInitializerThrows() {
        assertThat(problem(BrokenClassApi.class)).startsWith(where(BrokenClassApi.class, "call"))
                .contains("@Backoff(listeners = " + BrokenClass.class.getName() + ".class) cannot be created",
                        "static initializer", ACCEPTED);
    }

    public abstract static class AbstractListener implements BackoffListener {
    }

    public static class AbstractListenerApi {
        @Backoff(listeners = AbstractListener.class)
        public void call() {
        }
    }

    public interface GiveupRule extends Predicate<Throwable> {
    }

    public static class InterfaceGiveupApi {
        @Backoff(giveup = GiveupRule.class)
        public void call() {
        }
    }

    public static class NeedsArgument implements Predicate<Object> {
        private final Object expected;

        public NeedsArgument(Object expected) {
            this.expected = expected;
        }

        @Override
        public boolean test(Object value) {
            return expected.equals(value);
        }
    }

    /** Not added to the deployment: created by hand, its field would stay null. */
    public static class InjectingListener implements BackoffListener {
        @jakarta.inject.Inject
        Object collaborator;
    }

    public static class InjectingListenerApi {
        @Backoff(listeners = InjectingListener.class)
        public String call() {
            return "";
        }
    }

    public static class NeedsArgumentApi {
        @Backoff(retryIf = NeedsArgument.class)
        public String call() {
            return "";
        }
    }

    public static final class PrivateConstructor implements BackoffLimits {
        private PrivateConstructor() {
        }
    }

    public static class PrivateConstructorApi {
        @Backoff(limits = PrivateConstructor.class)
        public void call() {
        }
    }

    static class Hidden implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable failure) {
            return false;
        }
    }

    public static class HiddenApi {
        @Backoff(giveup = Hidden.class)
        public void call() {
        }
    }

    public static class Throwing implements WaitFunction {
        public Throwing() {
            throw new IllegalStateException("no retry-after today");
        }

        @Override
        public Duration waitFor(Object outcome) {
            return Duration.ZERO;
        }
    }

    public static class ThrowingApi {
        @Backoff(strategy = Wait.RUNTIME, waitFrom = Throwing.class)
        public void call() {
        }
    }

    public static class BrokenClass implements BackoffListener {
        static final int BROKEN = Integer.parseInt("not a number");
    }

    public static class BrokenClassApi {
        @Backoff(listeners = BrokenClass.class)
        public void call() {
        }
    }
}
