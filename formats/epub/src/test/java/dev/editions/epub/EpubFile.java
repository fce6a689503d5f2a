package dev.editions.epub;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A written EPUB read back: its entries in order, and XML parts parsed with the JDK parser. */
record EpubFile(Map<String, byte[]> entries) {
    static final String OPF = "http://www.idpf.org/2007/opf";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String EPUB = "http://www.idpf.org/2007/ops";

    static EpubFile read(byte[] epub) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EpubFile(entries);
    }

    byte[] bytes(String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new AssertionError("no entry " + name + " in " + entries.keySet());
        }
        return bytes.clone();
    }

    String text(String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new AssertionError("no entry " + name + " in " + entries.keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    Element xml(String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text(name).getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("cannot parse " + name, e);
        }
    }

    Element opf() {
        return xml("EPUB/package.opf");
    }

    /** The values of the package metas with {@code property}, in order. */
    List<String> meta(String property) {
        List<String> values = new ArrayList<>();
        NodeList metas = opf().getElementsByTagNameNS(OPF, "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if (property.equals(meta.getAttribute("property"))) {
                values.add(meta.getTextContent());
            }
        }
        return values;
    }

    /** The text of the package's Dublin Core elements named {@code local}, in order. */
    List<String> dc(String local) {
        List<String> values = new ArrayList<>();
        NodeList elements = opf().getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", local);
        for (int i = 0; i < elements.getLength(); i++) {
            values.add(elements.item(i).getTextContent());
        }
        return values;
    }

    /** The names of the XHTML content documents other than the title page and navigation. */
    List<String> chapters() {
        return entries.keySet().stream().filter(n -> n.matches("EPUB/chapter-\\d+\\.xhtml")).toList();
    }

    /** Every element named {@code local} in the XHTML namespace of the chapters, in reading order. */
    List<Element> all(String local) {
        List<Element> found = new ArrayList<>();
        for (String chapter : chapters()) {
            NodeList nodes = xml(chapter).getElementsByTagNameNS(XHTML, local);
            for (int i = 0; i < nodes.getLength(); i++) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }
}
