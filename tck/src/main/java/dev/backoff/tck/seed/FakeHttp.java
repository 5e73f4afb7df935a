package dev.backoff.tck.seed;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The upstream HTTP server and client in one: each {@link #get} plays the next step of {@link #script()}. */
@ApplicationScoped
public class FakeHttp {

    private final Script<FakeResponse, Requests.RequestException> script = new Script<>();
    private final List<String> urls = new CopyOnWriteArrayList<>();

    public Script<FakeResponse, Requests.RequestException> script() {
        return script;
    }

    public FakeResponse get(String url) throws Requests.RequestException {
        urls.add(url);
        return script.next();
    }

    /** The URLs requested, in order. */
    public List<String> urls() {
        return List.copyOf(urls);
    }

    public int calls() {
        return script.calls();
    }
}
