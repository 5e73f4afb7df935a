package dev.backoff.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** FindJdk on fake JDKs: a directory with an executable {@code bin/java} and, usually, a {@code release} file. */
class FindJdkTest {

    @TempDir
    Path dir;

    private final FindJdk finder = new FindJdk(21);

    @Test
    void readsTheFeatureVersionOfEveryVersionScheme() {
        assertThat(FindJdk.feature("21.0.2")).isEqualTo(21);
        assertThat(FindJdk.feature("25")).isEqualTo(25);
        assertThat(FindJdk.feature("22-ea")).isEqualTo(22);
        assertThat(FindJdk.feature("1.8.0_392")).isEqualTo(8);
    }

    @Test
    void aDirectoryWithoutBinJavaIsNoJdk() throws IOException {
        Path notAJdk = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(notAJdk.resolve("release"), "JAVA_VERSION=\"21\"\n");

        assertThat(FindJdk.featureVersion(notAJdk)).isEmpty();
    }

    @Test
    void takesTheLowestQualifyingVersionOfALocation() throws IOException {
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        jdk(jvms.resolve("java-17"), "17.0.15");
        jdk(jvms.resolve("temurin-25"), "25.0.3");
        Path jdk21 = jdk(jvms.resolve("zulu-21"), "21.0.7");

        assertThat(finder.find("", "", Map.of(), jvms.toString())).map(FindJdk.Found::home).contains(jdk21);
    }

    @Test
    void findsAMacOsBundleByItsContentsHome() throws IOException {
        Path bundles = Files.createDirectories(dir.resolve("JavaVirtualMachines"));
        Path home = jdk(bundles.resolve("temurin-21.jdk").resolve("Contents").resolve("Home"), "21.0.7");

        assertThat(finder.find("", "", Map.of(), bundles.toString())).map(FindJdk.Found::home).contains(home);
    }

    @Test
    void aNamedHomeIsTheOnlyCandidateEvenWhenItIsTooOld() throws IOException {
        Path old = jdk(dir.resolve("java-17"), "17.0.15");
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        jdk(jvms.resolve("temurin-25"), "25.0.3");

        assertThat(finder.find(old.toString(), "", Map.of(), jvms.toString())).isEmpty();
    }

    @Test
    void toolchainsComeBeforeTheEnvironmentAndTheirClaimedVersionIsNotTrusted() throws IOException {
        Path claims21 = jdk(dir.resolve("claims-21"), "17.0.15");
        Path real22 = jdk(dir.resolve("real-22"), "22.0.1");
        Path toolchains = Files.writeString(dir.resolve("toolchains.xml"), """
                <toolchains>
                  <toolchain><type>jdk</type><provides><version>21</version></provides>
                    <configuration><jdkHome>%s</jdkHome></configuration></toolchain>
                  <toolchain><type>jdk</type><provides><version>22</version></provides>
                    <configuration><jdkHome>%s</jdkHome></configuration></toolchain>
                </toolchains>
                """.formatted(claims21, real22));
        Path fromEnvironment = jdk(dir.resolve("env-21"), "21.0.7");

        Optional<FindJdk.Found> found = finder.find("", toolchains.toString(),
                Map.of("JAVA_HOME_21_X64", fromEnvironment.toString()), "");

        assertThat(found).map(FindJdk.Found::home).contains(real22);
    }

    @Test
    void javaHomeVariablesComeBeforeTheLocations() throws IOException {
        Path fromEnvironment = jdk(dir.resolve("env-25"), "25.0.3");
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        jdk(jvms.resolve("zulu-21"), "21.0.7");

        Optional<FindJdk.Found> found = finder.find("", dir.resolve("no-toolchains.xml").toString(),
                Map.of("JAVA_HOME_25_X64", fromEnvironment.toString(), "JAVA_HOME", "/nowhere"), jvms.toString());

        assertThat(found).map(FindJdk.Found::home).contains(fromEnvironment);
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the fake java is a shell script")
    void asksJavaForItsVersionWhenThereIsNoReleaseFile() throws IOException {
        Path home = dir.resolve("no-release");
        executable(home.resolve("bin").resolve("java"),
                "#!/bin/sh\necho 'openjdk version \"22.0.1\" 2024-04-16' >&2\n");

        assertThat(FindJdk.featureVersion(home)).contains(22);
    }

    @Test
    void writesWhatItFound() throws IOException {
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        Path jdk25 = jdk(jvms.resolve("temurin-25"), "25.0.3");
        Path out = dir.resolve("target").resolve("jdk.properties");

        finder.write(finder.find("", "", Map.of(), jvms.toString()), out);

        Properties written = read(out);
        assertThat(written.getProperty("jdk.home")).isEqualTo(jdk25.toString());
        assertThat(written.getProperty("jdk.version")).isEqualTo("25");
        assertThat(written.getProperty("jdk.source")).isEqualTo("in " + jvms);
        assertThat(written.getProperty("jdk.missing")).isNull();
    }

    @Test
    void writesWhyItFoundNoneAndWhatItLookedAt() throws IOException {
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        Path jdk17 = jdk(jvms.resolve("java-17"), "17.0.15");
        Path out = dir.resolve("jdk.properties");

        finder.write(finder.find("", "", Map.of(), jvms.toString()), out);

        Properties written = read(out);
        assertThat(written.getProperty("jdk.home")).isEmpty();
        assertThat(written.getProperty("jdk.missing")).isEqualTo("no JDK 21 or later found");
        assertThat(written.getProperty("jdk.looked-at")).contains(jdk17 + ": JDK 17");
    }

    @Test
    void anEmptyListOfLocationsFindsNothing() {
        assertThat(finder.find("", "", Map.of(), "")).isEmpty();
    }

    private static Path jdk(Path home, String version) throws IOException {
        executable(home.resolve("bin").resolve("java"), "");
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    private static void executable(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        if (!file.toFile().setExecutable(true)) {
            throw new IOException("Cannot make " + file + " executable");
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
