package dev.backoff.tck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules the TCK covers, from {@code rules.tsv} beside this class: every numbered rule of docs/spec.md but those of
 * section 8 (performance) and every seed example, in SPEC order, each with the short title the compatibility table shows.
 */
public final class Rules {

    private static final Map<String, String> TITLES = load();

    private Rules() {
    }

    /** Rule id to title, in SPEC order. */
    public static Map<String, String> all() {
        return TITLES;
    }

    private static Map<String, String> load() {
        Map<String, String> titles = new LinkedHashMap<>();
        try (InputStream in = Rules.class.getResourceAsStream("rules.tsv");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] idAndTitle = line.split("\t", 2);
                    titles.put(idAndTitle[0], idAndTitle[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(titles);
    }
}
