package dev.backoff.docs;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The install instructions of {@code docs/index.md} and {@code README.md} give what the build has: the project's version
 * for its own artifacts, for every other dependency the version the build manages (and so tests with), and an install
 * command that builds exactly the artifacts they name.
 */
class InstallDocsTest {

    private static final Pattern INSTALL = Pattern.compile("mvn [^`\\n]*install -pl (\\S+) -am -DskipTests");
    private static final Pattern XML_BLOCK = Pattern.compile("(?s)```xml\\n(.*?)```");

    @Test
    void everyVersionIsTheOneTheBuildUses() throws Exception {
        Document root = xml(Docs.read(Docs.root().resolve("pom.xml")));
        String projectVersion = child(root.getDocumentElement(), "version");
        Map<String, String> managed = managedVersions(root);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        List<String> blocks = new ArrayList<>(List.of(Docs.block("install-library"), Docs.block("install-testing"),
                Docs.block("install-war"), Docs.block("install-weld-se")));
        Matcher readme = XML_BLOCK.matcher(Docs.read(Docs.root().resolve("README.md")));
        while (readme.find()) {
            blocks.add(readme.group(1));
        }
        for (String block : blocks) {
            NodeList dependencies = xml("<dependencies>" + block + "</dependencies>").getElementsByTagName("dependency");
            for (int i = 0; i < dependencies.getLength(); i++) {
                Element dependency = (Element) dependencies.item(i);
                String coordinates = child(dependency, "groupId") + ":" + child(dependency, "artifactId");
                String version = child(dependency, "version");
                String expected = coordinates.startsWith("dev.backoff:") ? projectVersion : managed.get(coordinates);
                checked++;
                if (expected == null) {
                    problems.add(coordinates + ": the build does not manage it, so nothing tests that version");
                } else if (!expected.equals(version)) {
                    problems.add(coordinates + ": the docs say " + version + ", the build uses " + expected);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("dependencies checked").isGreaterThanOrEqualTo(7);
    }

    @Test
    void theInstallCommandBuildsTheArtifactsTheDocsName() throws Exception {
        for (Path page : List.of(Docs.root().resolve("README.md"), Docs.docs().resolve("index.md"))) {
            Matcher install = INSTALL.matcher(Docs.read(page));
            assertThat(install.find()).as("an install command in %s", page).isTrue();
            List<String> artifacts = new ArrayList<>();
            for (String module : install.group(1).split(",")) {
                artifacts.add(child(xml(Docs.read(Docs.root().resolve(module).resolve("pom.xml")))
                        .getDocumentElement(), "artifactId"));
            }
            assertThat(artifacts).as("what %s installs", page).containsExactly("backoff-cdi", "backoff-cdi-testing");
        }
    }

    /** groupId:artifactId to version, for every dependency the root POM manages, its properties resolved. */
    private static Map<String, String> managedVersions(Document pom) {
        Map<String, String> properties = new TreeMap<>();
        Node props = pom.getElementsByTagName("properties").item(0);
        for (Node p = props.getFirstChild(); p != null; p = p.getNextSibling()) {
            if (p instanceof Element e) {
                properties.put(e.getTagName(), e.getTextContent().strip());
            }
        }
        Map<String, String> managed = new TreeMap<>();
        Element management = (Element) pom.getElementsByTagName("dependencyManagement").item(0);
        NodeList dependencies = management.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            String version = child(d, "version");
            Matcher property = Pattern.compile("\\$\\{(.+)}").matcher(version);
            managed.put(child(d, "groupId") + ":" + child(d, "artifactId"),
                    property.matches() ? properties.get(property.group(1)) : version);
        }
        return managed;
    }

    private static String child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
