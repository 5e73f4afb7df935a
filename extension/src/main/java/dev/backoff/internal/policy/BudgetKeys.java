package dev.backoff.internal.policy;

import dev.backoff.spi.BudgetSettings;

import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The settings of a retry budget that config sets (SPEC 10.2): {@code Backoff/budget/<budget>/<setting>}, each
 * described once here. Their rules are {@link BudgetSettings}'s own, which refuses a value out of range; the defaults
 * are {@link BudgetSettings#DEFAULTS}.
 */
public final class BudgetKeys {

    /** The keys of budget {@code b} begin with this, then {@code b/}. */
    public static final String PREFIX = "Backoff/budget/";

    /** One setting: its key's last segment, how its text is read, how it goes into settings, what it accepts. */
    private record Setting(String name, Function<String, Object> parser, BiFunction<BudgetSettings, Object,
            BudgetSettings> with, String accepted) {
    }

    private static final String DECIMAL = "a decimal number";
    private static final List<Setting> SETTINGS = List.of(
            new Setting("ratio", Members::decimal, (s, v) -> new BudgetSettings((Double) v, s.minPerSecond(),
                    s.window()), DECIMAL),
            new Setting("minPerSecond", Members::decimal, (s, v) -> new BudgetSettings(s.ratio(), (Double) v,
                    s.window()), DECIMAL),
            new Setting("window", text -> Duration.ofNanos((long) Math.ceil(TimeValues.parse(text, 1e9))),
                    (s, v) -> new BudgetSettings(s.ratio(), s.minPerSecond(), (Duration) v),
                    "a number of seconds, " + TimeValues.WITH_UNIT));

    private BudgetKeys() {
    }

    /** The settings' names, as a key's last segment names them. */
    public static List<String> settings() {
        return SETTINGS.stream().map(Setting::name).toList();
    }

    /**
     * The settings config gives budget {@code budget}, each unset one at its default; a problem for each value that
     * does not parse or that {@link BudgetSettings} refuses (then the default stands, so the others are checked too).
     */
    public static BudgetSettings read(String budget, PolicyReader.Config config, List<Problem> problems) {
        BudgetSettings settings = BudgetSettings.DEFAULTS;
        for (Setting setting : SETTINGS) {
            String key = PREFIX + budget + "/" + setting.name();
            String raw = config.get(key);
            if (raw == null) {
                continue;
            }
            Object value;
            try {
                value = setting.parser().apply(raw);
            } catch (IllegalArgumentException notAnyForm) {
                problems.add(Problem.ofKey(key, raw, config.variable(key, raw), "is not valid", setting.accepted()));
                continue;
            }
            try {
                settings = setting.with().apply(settings, value);
            } catch (IllegalArgumentException outOfRange) { // BudgetSettings's message says the range it accepts
                problems.add(Problem.ofKey(key, raw, config.variable(key, raw), "is not valid: "
                        + outOfRange.getMessage(), null));
            }
        }
        return settings;
    }
}
