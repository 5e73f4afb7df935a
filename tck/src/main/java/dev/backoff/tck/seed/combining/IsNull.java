package dev.backoff.tck.seed.combining;

import java.util.Objects;
import java.util.function.Predicate;

// region example
public class IsNull implements Predicate<Object> {
    @Override
    public boolean test(Object result) {
        return Objects.isNull(result);
    }
}
// endregion
