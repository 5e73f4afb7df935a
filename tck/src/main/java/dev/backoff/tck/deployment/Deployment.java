package dev.backoff.tck.deployment;

import dev.backoff.tck.Deployed;
import dev.backoff.tck.Tck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Deploys beans and reads the problems backoff-cdi reports (SPEC 6). */
public final class Deployment {

    private static final Pattern HEADER = Pattern.compile("backoff-cdi found (\\d+) problems? with @Backoff:\\n");

    private Deployment() {
    }

    /** The problems listed by the one deployment failure of {@code beans}, in order. */
    public static List<String> problems(Class<?>... beans) {
        return problemsIn(Tck.deploymentFailure(beans));
    }

    /**
     * The problems a backoff-cdi report lists, in order, without their numbers, found in {@code message}: a deployment
     * failure's messages, or a page of the docs that shows one.
     */
    public static List<String> problemsIn(String message) {
        Matcher header = HEADER.matcher(message);
        assertThat(header.find()).as("a backoff-cdi report in:%n%s", message).isTrue();
        int count = Integer.parseInt(header.group(1));
        List<String> lines = message.substring(header.end()).lines().toList();
        assertThat(lines).as("the problems of the report in:%n%s", message).hasSizeGreaterThanOrEqualTo(count);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String prefix = "  " + (i + 1) + ". ";
            assertThat(lines.get(i)).as("problem %s of %s", i + 1, count).startsWith(prefix);
            problems.add(lines.get(i).substring(prefix.length()));
        }
        return problems;
    }

    /** The only problem with {@code beans}. */
    public static String problem(Class<?>... beans) {
        List<String> problems = problems(beans);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    /** {@code com.acme.Api.fetch(}: the start of every problem about that method. */
    public static String where(Class<?> bean, String method) {
        return bean.getName() + "." + method + "(";
    }

    /** Starts and stops a container of {@code beans}, which must deploy: {@link Tck#start} returns only then. */
    static void deploys(Class<?>... beans) {
        try (Deployed deployed = Tck.start(beans)) {
            assertThat(deployed).isNotNull();
        }
    }
}
