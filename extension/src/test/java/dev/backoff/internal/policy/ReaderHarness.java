package dev.backoff.internal.policy;

import dev.backoff.Backoff;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads {@code @Backoff} declarations with {@link PolicyReader} and no container: config from a map, class-valued
 * members made by their public no-argument constructor.
 */
final class ReaderHarness implements PolicyReader.Config {

    private final Map<String, String> config = new HashMap<>();
    private final Map<String, String> variables = new HashMap<>();
    private final List<String> keysAsked = new ArrayList<>();

    /** Sets a config key; {@code this}, to chain. */
    ReaderHarness set(String key, String value) {
        config.put(key, value);
        return this;
    }

    @Override
    public String get(String key) {
        keysAsked.add(key);
        return config.get(key);
    }

    /** Sets a config key as the environment variable {@code variable} gives it; {@code this}, to chain. */
    ReaderHarness setFromEnvironment(String key, String variable, String value) {
        variables.put(key, variable);
        return set(key, value);
    }

    @Override
    public Iterable<String> keys() {
        return config.keySet();
    }

    @Override
    public String variable(String key, String raw) {
        return variables.get(key);
    }

    /** Every key the reader looked up, in order. */
    List<String> keysAsked() {
        return keysAsked;
    }

    /** The layers of {@code type}'s own method {@code name} (the only one of that name). */
    static Declaration onMethod(Class<?> type, String name) {
        Method method = method(type, name);
        return new Declaration(method.getDeclaringClass(), method, false, method.getAnnotationsByType(Backoff.class));
    }

    /** The layers {@code type}'s class annotation gives its method {@code name}. */
    static Declaration onClass(Class<?> type, String name) {
        return new Declaration(type, method(type, name), true, type.getAnnotationsByType(Backoff.class));
    }

    static Method method(Class<?> type, String name) {
        List<Method> found = Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).toList();
        assertThat(found).as("methods named %s in %s", name, type).hasSize(1);
        return found.get(0);
    }

    /** What the reader made of {@code declaration}, its members bound: the layers and the problems. */
    Read read(Declaration declaration) {
        List<Problem> problems = new ArrayList<>();
        List<Policy.Builder> layers = new PolicyReader(this).read(declaration, problems);
        MemberInstances members = new MemberInstances(ReaderHarness::construct);
        layers.forEach(layer -> members.bind(layer, declaration, problems));
        return new Read(layers.stream().map(Policy.Builder::build).toArray(Policy[]::new),
                problems.stream().map(Problem::line).toList());
    }

    /** The only layer of {@code declaration}, which must have no problem. */
    Policy valid(Declaration declaration) {
        Read read = read(declaration);
        assertThat(read.problems()).as("problems").isEmpty();
        assertThat(read.policies()).hasSize(1);
        return read.policies()[0];
    }

    /** The only problem with {@code declaration}. */
    String problem(Declaration declaration) {
        Read read = read(declaration);
        assertThat(read.problems()).as("problems").hasSize(1);
        return read.problems().get(0);
    }

    private static Object construct(Class<?> type) throws Exception {
        return type.getConstructor().newInstance();
    }

    record Read(Policy[] policies, List<String> problems) {
    }
}
