package dev.backoff.internal.policy;

import dev.backoff.Backoff;
import dev.backoff.Wait;
import dev.backoff.internal.policy.Member.Reading;

import java.lang.reflect.Method;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a method's {@code @Backoff} layers and the config into {@link Policy.Builder}s (SPEC 5, 6), member by member
 * as {@link Members} describes them, or into {@link Problem}s: every bad value is reported, none stops the reading of
 * the others, so one deployment failure can list them all. Class-valued members are read as classes; making their
 * instances is {@link MemberInstances}'s part.
 */
public final class PolicyReader {

    /** A config source: the value of a key, or {@code null} when it has none; and every key it has. */
    public interface Config {
        String get(String key);

        /** Every key of the source, for the check of keys that name nothing ({@link ConfigKeys}). */
        Iterable<String> keys();

        /** The environment variable that gave {@code key} its value {@code raw}, or {@code null}: for messages. */
        String variable(String key, String raw);

        /**
         * A config that can only look a key up, through {@code lookup}: it lists no keys and knows no environment
         * variables, so the checks of keys and the messages that name a variable have nothing to say.
         */
        static Config lookingUp(Function<String, String> lookup) {
            return new Config() {
                @Override
                public String get(String key) {
                    return lookup.apply(key);
                }

                @Override
                public Iterable<String> keys() {
                    return List.of();
                }

                @Override
                public String variable(String key, String raw) {
                    return null;
                }
            };
        }
    }

    private static final Set<String> MEMBER_NAMES = memberNames();

    private final Config config;

    public PolicyReader(Config config) {
        this.config = config;
    }

    /**
     * Reads every layer of {@code declaration}, outermost first, adding a problem for each thing wrong. The result is
     * meaningful only when no problem was added.
     */
    public List<Policy.Builder> read(Declaration declaration, List<Problem> problems) {
        checkReturnType(declaration, problems);
        checkNames(declaration, problems);
        Backoff[] layers = declaration.layers();
        List<Policy.Builder> builders = new ArrayList<>(layers.length);
        for (Backoff layer : layers) {
            builders.add(new Layer(declaration, layer, layers.length > 1, problems).read());
        }
        return builders;
    }

    private static void checkReturnType(Declaration d, List<Problem> problems) {
        Class<?> type = d.method().getReturnType();
        boolean stage = type == CompletionStage.class || type == CompletableFuture.class;
        if (!stage && (CompletionStage.class.isAssignableFrom(type) || Future.class.isAssignableFrom(type))) {
            problems.add(new Problem(d.where(), "@Backoff", "cannot retry a method returning " + type.getName(),
                    "CompletionStage or CompletableFuture for asynchronous retries, or any type that is not a Future"
                            + " for synchronous ones"));
        }
    }

    private static void checkNames(Declaration d, List<Problem> problems) {
        Backoff[] layers = d.layers();
        if (layers.length > 1) {
            // each kind of problem once per method, however many layers share it
            Map<String, Long> uses = Arrays.stream(layers).map(Backoff::name)
                    .collect(Collectors.groupingBy(n -> n, LinkedHashMap::new, Collectors.counting()));
            uses.forEach((name, count) -> {
                if (name.isEmpty() || count > 1) {
                    problems.add(new Problem(d.where(), "stacked @Backoff layers", "each need a distinct, non-empty"
                            + " name, but @Backoff(name = \"" + name + "\") is on " + count + " of " + layers.length
                            + " stacked layers", "a distinct, non-empty name on each stacked layer"));
                }
            });
        }
        for (String name : Arrays.stream(layers).map(Backoff::name).distinct().toList()) {
            String subject = "@Backoff(name = \"" + name + "\")";
            if (!name.isEmpty() && !Members.NAME_FORM.matcher(name).matches()) {
                problems.add(new Problem(d.where(), subject, "is not a valid name", Members.NAME.accepted()));
            }
            if (MEMBER_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                problems.add(new Problem(d.where(), subject, "is the name of a member, which would make config keys"
                        + " ambiguous", "any other name"));
            }
        }
    }

    private static Set<String> memberNames() {
        Set<String> names = new HashSet<>();
        for (Method m : Backoff.class.getDeclaredMethods()) {
            names.add(m.getName().toLowerCase(Locale.ROOT));
        }
        Members.ALL.forEach(m -> names.add(m.name().toLowerCase(Locale.ROOT)));
        return Set.copyOf(names);
    }

    /** The config key that set a member, its text, and the environment variable that gave it, if one did. */
    private record Origin(String key, String raw, String variable) {
    }

    /** Reads one annotation; collects its problems. */
    private final class Layer {
        private final Declaration d;
        private final Backoff a;
        private final List<Problem> problems;
        private final List<String> prefixes = new ArrayList<>(3);
        private final Policy.Builder builder;
        /** The key and text of each member set by config. */
        private final Map<Member<?>, Origin> configuredBy = new LinkedHashMap<>();
        private Reading reading = Members.DEFAULT_READING;

        Layer(Declaration d, Backoff a, boolean stacked, List<Problem> problems) {
            this.d = d;
            this.a = a;
            this.problems = problems;
            this.builder = Policy.builder(d.declaringClass(), d.method());
            prefixes.add(stacked ? d.sitePrefix() + a.name() + "/" : d.sitePrefix());
            if (!a.name().isEmpty()) {
                prefixes.add("Backoff/" + a.name() + "/");
            }
            prefixes.add("Backoff/");
        }

        Policy.Builder read() {
            ChronoUnit unit = read(Members.UNIT);
            // an invalid unit is reported; the rest is read in one that has nanoseconds
            reading = new Reading(TimeValues.nanosPer(Members.UNIT.valid(unit) ? unit : ChronoUnit.SECONDS),
                    ApplicationClassLoader.of(d.declaringClass()));
            for (Member<?> member : Members.ALL) {
                if (member != Members.UNIT) {
                    read(member);
                }
            }
            checkWaitFrom();
            checkUsage();
            if (builder.retryIfType != null && d.method().getReturnType() == void.class) {
                problems.add(Problem.ofMember(d, a, "retryIf", a.retryIf(), "on a void method: there is no value to"
                        + " test", "retryIf only on methods that return a value"));
            }
            return builder;
        }

        /**
         * The config value of {@code member} if a key has one (first found wins), otherwise the annotation's; either
         * must parse and be valid, or a problem is added and the annotation's value is kept.
         */
        private <T> T read(Member<T> member) {
            T annotated = member.fromAnnotation(a, reading);
            for (String prefix : member.configurable() ? prefixes : List.<String>of()) {
                String key = prefix + member.name();
                String raw = config.get(key);
                if (raw == null) {
                    continue;
                }
                T parsed;
                try {
                    parsed = member.parse(raw, reading);
                } catch (Member.Refused refused) {
                    return refuse(member, key, raw, "is not valid: " + refused.getMessage(), annotated);
                } catch (IllegalArgumentException notAnyForm) {
                    return refuse(member, key, raw, "is not valid", annotated);
                }
                if (!member.valid(parsed)) {
                    return refuse(member, key, raw, member.refusal(parsed), annotated);
                }
                configuredBy.put(member, new Origin(key, raw, config.variable(key, raw)));
                builder.set(member, parsed);
                return parsed;
            }
            if (!member.valid(annotated)) {
                problems.add(Problem.ofMember(d, a, member.name(), member.written(a), member.refusal(annotated),
                        member.accepted()));
                member.set(builder, annotated);
                return annotated;
            }
            builder.set(member, annotated);
            return annotated;
        }

        /** Reports the config value of {@code key}; the annotation's value stands, so the other checks can go on. */
        private <T> T refuse(Member<T> member, String key, String raw, String what, T annotated) {
            problems.add(Problem.ofConfig(d, key, raw, config.variable(key, raw), what, member.accepted()));
            member.set(builder, annotated);
            return annotated;
        }

        /**
         * SPEC 6: {@code RUNTIME} needs {@code waitFrom}, and {@code waitFrom} needs {@code RUNTIME}. When the strategy
         * came from config, the problem names that key.
         */
        private void checkWaitFrom() {
            Wait strategy = builder.strategy;
            boolean declared = builder.waitFromType != null;
            Origin configured = configuredBy.get(Members.STRATEGY);
            if (strategy == Wait.RUNTIME && !declared) {
                if (configured != null) {
                    configProblem(configured, "RUNTIME only together with @Backoff(waitFrom = ...), the WaitFunction"
                            + " that computes each wait; without it one of EXPO, FIBO, CONSTANT, DECAY (any case)");
                } else {
                    problems.add(Problem.ofMember(d, a, "strategy", Wait.RUNTIME, "needs waitFrom, the WaitFunction"
                            + " that computes each wait", "strategy = RUNTIME together with waitFrom, or another"
                            + " strategy"));
                }
            } else if (strategy != Wait.RUNTIME && declared) {
                if (configured != null) {
                    configProblem(configured, "RUNTIME (any case), since @Backoff(waitFrom = "
                            + a.waitFrom().getName() + ".class) is given");
                } else {
                    problems.add(Problem.ofMember(d, a, "waitFrom", a.waitFrom(), "is only used with strategy ="
                            + " RUNTIME, but the strategy is " + strategy, "waitFrom together with strategy = RUNTIME,"
                            + " or no waitFrom"));
                }
            }
        }

        /**
         * SPEC 6: a key of this site (not a named or global one, which set members for many policies) for a member
         * this policy never uses would change nothing: refused, saying what uses the member.
         */
        private void checkUsage() {
            configuredBy.forEach((member, origin) -> {
                if (origin.key().startsWith(prefixes.get(0)) && !member.usedBy(builder)) {
                    problems.add(Problem.ofConfig(d, origin.key(), origin.raw(), origin.variable(), "sets " + member.name()
                            + ", which this policy never uses: " + member.usage().what(), "a key of this method for"
                            + " a member its policy uses (a named or global key may set members some of its policies"
                            + " do not use)"));
                }
            });
        }

        private void configProblem(Origin origin, String accepted) {
            problems.add(Problem.ofConfig(d, origin.key(), origin.raw(), origin.variable(), "is not valid", accepted));
        }
    }
}
