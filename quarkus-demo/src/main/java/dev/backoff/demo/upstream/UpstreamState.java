package dev.backoff.demo.upstream;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The upstream services' memory: how many calls each service got for each run. */
@ApplicationScoped
public class UpstreamState {

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    /** Counts a call and returns its number, 1 for the first. */
    public int next(String service, String run) {
        return calls.computeIfAbsent(service + "/" + run, k -> new AtomicInteger()).incrementAndGet();
    }

    public int calls(String service, String run) {
        AtomicInteger count = calls.get(service + "/" + run);
        return count == null ? 0 : count.get();
    }
}
