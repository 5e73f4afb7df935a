package dev.backoff.tck.seed.polljob;

import java.util.Map;
import java.util.function.Predicate;

// region example
public class NotComplete implements Predicate<Map<String, Object>> {
    @Override
    public boolean test(Map<String, Object> job) {
        return !"complete".equals(job.get("status"));
    }
}
// endregion
