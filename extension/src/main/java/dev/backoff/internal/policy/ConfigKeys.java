package dev.backoff.internal.policy;

import dev.backoff.Backoff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keys of the {@code Backoff} namespace (SPEC 5.2, 10.2) that name nothing in this deployment. A key whose last
 * segment names no member, or no setting of a retry budget, is a problem (a typo would otherwise be silently ignored);
 * a key, or an environment variable in the form of one, for a site, a policy name or a budget this deployment does not
 * have is a warning, since config is often shared by several applications.
 */
public final class ConfigKeys {

    /** What the check found: problems fail the deployment, warnings are logged. */
    public record Found(List<Problem> problems, List<String> warnings) {
    }

    private static final String NAMESPACE = "Backoff";
    /** The MicroProfile Config form of a key as an environment variable (SPEC 5.3) that mentions the namespace. */
    private static final Pattern ENVIRONMENT_KEY = Pattern.compile("(?:[A-Z0-9_]*_)?BACKOFF_[A-Z0-9_]+");

    private final Set<String> prefixes = new LinkedHashSet<>();
    private final Set<String> budgets;

    /**
     * The keys the policies of {@code declarations} read, as their prefixes: site, named and global; and the keys of
     * the retry budgets they name, {@code budgets}.
     */
    public ConfigKeys(Collection<Declaration> declarations, Set<String> budgets) {
        this.budgets = Set.copyOf(budgets);
        prefixes.add(NAMESPACE + "/");
        for (Declaration d : declarations) {
            Backoff[] layers = d.layers();
            for (Backoff layer : layers) {
                prefixes.add(layers.length > 1 ? d.sitePrefix() + layer.name() + "/" : d.sitePrefix());
                if (!layer.name().isEmpty()) {
                    prefixes.add(NAMESPACE + "/" + layer.name() + "/");
                }
            }
        }
    }

    /** Checks {@code keys} (every key config has) and the names of {@code environment} (the process's variables). */
    public Found check(Iterable<String> keys, Collection<String> environment) {
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String key : keys) {
            String[] budgetAndSetting = budgetKey(key);
            if (budgetAndSetting != null) {
                checkBudgetKey(key, budgetAndSetting[0], budgetAndSetting[1], problems, warnings);
                continue;
            }
            String[] segments = key.split("/", -1);
            int at = List.of(segments).indexOf(NAMESPACE);
            if (at < 0 || at > 2 || segments.length - at < 2 || segments.length - at > 3) {
                continue; // not a key of the namespace: at most class/method/Backoff/name/member
            }
            String member = segments[segments.length - 1];
            if (!Members.configurable().contains(member)) {
                problems.add(new Problem(Problem.CONFIG, "key " + key, "names no member a key can set", "the closest, "
                        + closest(member, Members.configurable()) + ", or another of " + Members.configurable()));
            } else if (!prefixes.contains(key.substring(0, key.length() - member.length()))) {
                warnings.add("Config key " + key + " sets " + member + " for " + (at == 0 ? "a policy name" : "a site")
                        + " this application does not have; it is not used here (config shared with another"
                        + " application?)");
            }
        }
        Set<String> known = environmentForms();
        for (String variable : environment) {
            if (ENVIRONMENT_KEY.matcher(variable).matches() && !known.contains(variable)) {
                warnings.add("Environment variable " + variable + " looks like a backoff-cdi config key, but is the"
                        + " form of none of this application's keys; it is not used here");
            }
        }
        return new Found(problems, warnings);
    }

    /** SPEC 10.2: {@code Backoff/budget/<budget>/<setting>} as its budget and setting; {@code null} for other keys. */
    private static String[] budgetKey(String key) {
        if (!key.startsWith(BudgetKeys.PREFIX)) {
            return null;
        }
        String[] budgetAndSetting = key.substring(BudgetKeys.PREFIX.length()).split("/", -1);
        return budgetAndSetting.length == 2 ? budgetAndSetting : null;
    }

    private void checkBudgetKey(String key, String budget, String setting, List<Problem> problems,
                                List<String> warnings) {
        if (!BudgetKeys.settings().contains(setting)) {
            problems.add(new Problem(Problem.CONFIG, "key " + key, "names no setting of a retry budget", "the closest, "
                    + closest(setting, BudgetKeys.settings()) + ", or another of " + BudgetKeys.settings()));
        } else if (!budgets.contains(budget)) {
            warnings.add("Config key " + key + " sets " + setting + " for a retry budget no policy of this application"
                    + " names; it is not used here (config shared with another application?)");
        }
    }

    /** SPEC 5.3: every key this deployment reads, as MicroProfile Config maps it to an environment variable. */
    private Set<String> environmentForms() {
        Set<String> forms = new LinkedHashSet<>();
        for (String prefix : prefixes) {
            for (String member : Members.configurable()) {
                forms.add(environmentVariable(prefix + member));
            }
        }
        for (String budget : budgets) {
            for (String setting : BudgetKeys.settings()) {
                forms.add(environmentVariable(BudgetKeys.PREFIX + budget + "/" + setting));
            }
        }
        return forms;
    }

    /** {@code com.acme.Api/fetch/Backoff/maxTries} as {@code COM_ACME_API_FETCH_BACKOFF_MAXTRIES}. */
    public static String environmentVariable(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The one of {@code names} fewest edits away from {@code name}, ignoring case. */
    private static String closest(String name, List<String> names) {
        String lower = name.toLowerCase(Locale.ROOT);
        return names.stream()
                .min(Comparator.comparingInt(m -> distance(lower, m.toLowerCase(Locale.ROOT)))).orElseThrow();
    }

    /** Levenshtein's edit distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
