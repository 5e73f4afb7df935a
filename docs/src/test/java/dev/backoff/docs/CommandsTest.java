package dev.backoff.docs;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands README.md gives are the ones that are run: CI runs its test command, as it is written there. */
class CommandsTest {

    @Test
    void ciRunsTheTestCommandTheReadmeGives() {
        Matcher command = Pattern.compile("Run all the tests: `([^`]+)`").matcher(Docs.read(Docs.root()
                .resolve("README.md")));
        assertThat(command.find()).as("README's test command").isTrue();

        assertThat(Docs.read(Docs.root().resolve(".ci/run")).lines().map(String::strip))
                .as(".ci/run runs README's test command, " + command.group(1) + ", as it is")
                .anyMatch(line -> line.equals(command.group(1)) || line.startsWith(command.group(1) + " "));
    }
}
