package dev.backoff.docs.guide.values;

import java.util.function.Predicate;

// region example
public class IsRunning implements Predicate<Job> {
    @Override
    public boolean test(Job job) {
        return job.status().equals("running");
    }
}
// endregion
