package dev.backoff.internal.policy;

import dev.backoff.BackoffLimits;
import dev.backoff.BackoffListener;
import dev.backoff.WaitFunction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Binds the class-valued members of a read policy (SPEC 1.2): makes the instance each names, or, where instances
 * cannot be made yet (a build), only checks that they could be. A class that can be neither is a problem naming the
 * member, never an error that stops the others.
 */
public final class MemberInstances {

    /** Makes the instance a class-valued member names: a CDI bean of that type, or a new one. */
    @FunctionalInterface
    public interface Maker {
        Object make(Class<?> type) throws Exception;
    }

    private static final String ACCEPTED = "a CDI bean of that type, or a public class with a public no-argument"
            + " constructor";

    private final Maker maker;

    /** @param maker makes instances, or, to check only, throws for a class that could never be made and returns null */
    public MemberInstances(Maker maker) {
        this.maker = maker;
    }

    /**
     * Sets on {@code builder} the instances its class-valued members name, as read from {@code declaration}'s layer
     * {@code builder} came from; adds a problem for each that cannot be made.
     */
    public void bind(Policy.Builder builder, Declaration declaration, List<Problem> problems) {
        Making where = new Making(declaration, builder, problems);
        builder.giveup = typed(where.make(Members.GIVEUP, builder.giveupType), builder.giveupType);
        builder.retryIf = typed(where.make(Members.RETRY_IF, builder.retryIfType), builder.retryIfType);
        builder.waitFrom = (WaitFunction) where.make(Members.WAIT_FROM, builder.waitFromType);
        builder.limits = (BackoffLimits) where.make(Members.LIMITS, builder.limitsType);
        List<BackoffListener> listeners = new ArrayList<>();
        for (Class<?> type : builder.listenerTypes) {
            Object listener = where.make(Members.LISTENERS, type);
            if (listener != null) {
                listeners.add((BackoffListener) listener);
            }
        }
        builder.listeners = listeners.toArray(BackoffListener[]::new);
    }

    /**
     * SPEC 1.3: a predicate is asked only about what its type argument accepts ({@code Predicate<IOException>} about
     * IOExceptions); anything else is "no" to it: not a give-up, not a value failure. {@code null} values are asked.
     */
    @SuppressWarnings("unchecked")
    private static Predicate<Object> typed(Object instance, Class<?> type) {
        Predicate<Object> predicate = (Predicate<Object>) instance;
        if (predicate == null) {
            return null;
        }
        Class<?> accepted = TypeArgument.of(type, Predicate.class, 0);
        if (accepted == Object.class) {
            return predicate;
        }
        return outcome -> (outcome == null || accepted.isInstance(outcome)) && predicate.test(outcome);
    }

    /** Makes the instances of one policy, reporting each that cannot be made. */
    private final class Making {
        private final Declaration declaration;
        private final Policy.Builder builder;
        private final List<Problem> problems;

        Making(Declaration declaration, Policy.Builder builder, List<Problem> problems) {
            this.declaration = declaration;
            this.builder = builder;
            this.problems = problems;
        }

        Object make(Member<?> member, Class<?> type) {
            if (type == null) {
                return null;
            }
            try {
                return maker.make(type);
            } catch (Exception e) {
                problems.add(new Problem(declaration.where(), Problem.annotation(builder.name, member.name() + " = "
                        + Member.shown(type)), "cannot be created: " + e.getMessage(), ACCEPTED));
                return null;
            }
        }
    }
}
