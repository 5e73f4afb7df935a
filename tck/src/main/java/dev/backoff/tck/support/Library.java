package dev.backoff.tck.support;

import dev.backoff.Backoff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The backoff-cdi jar (or classes directory) itself, as an application packages it. */
public final class Library {

    private Library() {
    }

    /** A file of the library, not of anything else on the class path; {@code null} when it has none. */
    public static String file(String name) {
        return read(root -> {
            Path file = root.resolve(name);
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        });
    }

    /** Every class the library ships, as discovery of an archive that contains it would find them. */
    public static List<Class<?>> classes() {
        return read(root -> {
            List<Class<?>> classes = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    if (!name.endsWith("package-info") && !name.endsWith("module-info")) {
                        classes.add(Class.forName(name, false, Backoff.class.getClassLoader()));
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            return classes;
        });
    }

    private interface Reader<T> {
        T read(Path root) throws IOException;
    }

    private static <T> T read(Reader<T> reader) {
        try {
            Path library = Path.of(Backoff.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(library)) {
                return reader.read(library);
            }
            try (FileSystem jar = FileSystems.newFileSystem(library)) {
                return reader.read(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
