package dev.backoff.tck.support;

import java.util.List;

/** Counts the JVM's live threads, for tests that assert a retry holds none. */
public final class Threads {

    private Threads() {
    }

    /** Live threads, the common fork-join pool's workers excepted: they come and go with other tests' work. */
    public static int live() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.getName().startsWith("ForkJoinPool.commonPool"))
                .count();
    }

    /** Live threads whose name starts with {@code prefix}. */
    public static List<String> named(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith(prefix)).toList();
    }
}
