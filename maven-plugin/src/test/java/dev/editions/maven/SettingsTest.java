package dev.editions.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.editions.Setting;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The publish goal offers every shared setting under its shared name, with the {@code editions.NAME}
 * property and no default of its own; read from the plugin descriptor Maven itself uses.
 */
class SettingsTest {
    @Test
    void everySettingIsAParameterOfThePublishGoal() throws Exception {
        Element publish = mojo("publish");
        for (Setting setting : Setting.values()) {
            Element parameter = child(publish, "parameters", "parameter", setting.parameter());
            assertNotNull(parameter, setting.parameter() + " for " + setting);
            Element configured = configuration(publish, setting.parameter());
            if (setting == Setting.OPTIONS) {
                assertNull(configured, "options is a map given in the POM only");
                continue;
            }
            assertNotNull(configured, setting.parameter());
            assertEquals("${editions." + setting.parameter() + "}", configured.getTextContent().strip());
            assertEquals("", configured.getAttribute("default-value"), setting.parameter() + " has no default of its own");
        }
    }

    private static Element mojo(String goal) throws Exception {
        Element plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile()).getDocumentElement();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (goal.equals(mojo.getElementsByTagName("goal").item(0).getTextContent())) {
                return mojo;
            }
        }
        throw new AssertionError("no goal " + goal);
    }

    private static Element child(Element mojo, String list, String item, String name) {
        NodeList items = ((Element) mojo.getElementsByTagName(list).item(0)).getElementsByTagName(item);
        for (int i = 0; i < items.getLength(); i++) {
            Element element = (Element) items.item(i);
            if (name.equals(element.getElementsByTagName("name").item(0).getTextContent())) {
                return element;
            }
        }
        return null;
    }

    private static Element configuration(Element mojo, String name) {
        NodeList configurations = mojo.getElementsByTagName("configuration");
        if (configurations.getLength() == 0) {
            return null;
        }
        NodeList named = ((Element) configurations.item(0)).getElementsByTagName(name);
        return named.getLength() == 0 ? null : (Element) named.item(0);
    }
}
