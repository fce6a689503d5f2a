package dev.editions.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlOptions;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * The stream writes text and attribute values as XMLBeans saves them for POI: the same characters
 * escaped, long text with many {@code <} or {@code &} in CDATA, {@code ]]>} and carriage returns
 * as XMLBeans writes them. Each case is saved by XMLBeans and compared with the stream's output.
 */
class WordXmlTest {
    static List<String> texts() {
        return List.of("plain words", "a < b && c > d", "x]]>y", "<<<<<<&&&& a long text with many markup characters",
                "]]> at the start of a long text <<<<<< &&&&&& that goes in CDATA",
                "a long text with many markup characters <<<< && ]]> inside",
                "carriage\rreturn", "\u0001 control", "surrogates \uD83D\uDE00 and \uFFFD", "quote \" and ' apostrophe",
                "six <<<<<< exactly at thirty-two..", "tab\tand\nnewline");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void textIsWrittenAsXmlBeansSavesIt(String text) {
        CTP p = CTP.Factory.newInstance();
        CTText t = p.addNewR().addNewT();
        t.setStringValue(text);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
        CTBookmark mark = p.addNewBookmarkStart();
        mark.setId(java.math.BigInteger.ONE);
        mark.setName(text);

        StringWriter out = new StringWriter();
        WordXml xml = new WordXml(out);
        xml.start("w:p").start("w:r").t(text).end("w:r")
                .start("w:bookmarkStart").attribute("w:id", 1).attribute("w:name", text).end("w:bookmarkStart").end("w:p");
        xml.flush();
        assertEquals(saved(p), out.toString());
    }

    /** The paragraph as POI saves a part, without the namespace declaration of its root. */
    private static String saved(CTP p) {
        XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        options.setSaveSyntheticDocumentElement(
                new QName("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "p"));
        return p.xmlText(options).replace(" xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"", "");
    }
}
