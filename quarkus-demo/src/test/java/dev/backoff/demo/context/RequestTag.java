package dev.backoff.demo.context;

import jakarta.enterprise.context.RequestScoped;

/** A request-scoped bean that a request names, so that an attempt shows whose request context it ran in. */
@RequestScoped
public class RequestTag {

    private String name = "unnamed";

    public String name() {
        return name;
    }

    public void name(String name) {
        this.name = name;
    }
}
