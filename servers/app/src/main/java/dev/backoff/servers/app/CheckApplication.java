package dev.backoff.servers.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application: every resource of this WAR, at its context root. */
@ApplicationPath("/")
public class CheckApplication extends Application {
}
