package dev.backoff.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * A class path without some optional APIs, for the tests that the library runs without them: loads the library's
 * classes and the tests' own ({@code dev.backoff}) from their folders itself, hides every class whose name starts with
 * one of the hidden prefixes, and leaves everything else to the tests' class loader.
 */
public final class WithoutApis extends URLClassLoader {

    private final List<String> hidden;

    /** A loader of the folders {@code library} and {@code test} come from, without the {@code hidden} packages. */
    public WithoutApis(Class<?> library, Class<?> test, String... hidden) throws URISyntaxException, IOException {
        super(new URL[] {location(library), location(test)}, test.getClassLoader());
        this.hidden = List.of(hidden);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (hidden.stream().anyMatch(name::startsWith)) {
            throw new ClassNotFoundException(name + " is hidden from this test");
        }
        if (!name.startsWith("dev.backoff.")) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            return loaded != null ? loaded : findClass(name);
        }
    }

    /** Whether this loader has loaded the class {@code name}. */
    public boolean loaded(String name) {
        return findLoadedClass(name) != null;
    }

    private static URL location(Class<?> type) throws URISyntaxException, IOException {
        return type.getProtectionDomain().getCodeSource().getLocation().toURI().toURL();
    }
}
