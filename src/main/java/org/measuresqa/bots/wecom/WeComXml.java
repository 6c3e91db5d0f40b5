package org.measuresqa.bots.wecom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads WeCom's flat {@code <xml><Field>value</Field>…</xml>} documents with the JDK's DOM parser, hardened against XXE:
 * no DOCTYPE at all, no external entities or DTDs, no XInclude. Anything else is refused as a parse error.
 */
final class WeComXml {

    static final int MAX_BYTES = 64 * 1024;
    private static final DocumentBuilderFactory FACTORY = factory();

    /** Reports problems by throwing only: a malformed body from anyone must not write to the server's stderr. */
    private static final org.xml.sax.ErrorHandler QUIET = new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(org.xml.sax.SAXParseException e) {
            // warnings change nothing about the outcome
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
            throw e;
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
            throw e;
        }
    };

    private WeComXml() {
    }

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser does not support the XXE protections", e);
        }
    }

    /** The text of each child element of the root, by element name (the first of each name). */
    static Map<String, String> fields(byte[] xml) {
        if (xml == null || xml.length == 0) throw new WeComCryptoException(WeComCryptoException.PARSE_XML_ERROR, "the XML body is empty");
        if (xml.length > MAX_BYTES) throw new WeComCryptoException(WeComCryptoException.PARSE_XML_ERROR, "the XML body is too large");
        Document doc;
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(QUIET); // the default handler prints "[Fatal Error]" to stderr for any bad body
            doc = builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new WeComCryptoException(WeComCryptoException.PARSE_XML_ERROR, "the XML could not be parsed");
        }
        Element root = doc.getDocumentElement();
        if (!"xml".equals(root.getTagName())) throw new WeComCryptoException(WeComCryptoException.PARSE_XML_ERROR, "the root element is not <xml>");
        Map<String, String> fields = new LinkedHashMap<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.ELEMENT_NODE) fields.putIfAbsent(child.getNodeName(), child.getTextContent());
        }
        return fields;
    }

    static Map<String, String> fields(String xml) {
        return fields(xml.getBytes(StandardCharsets.UTF_8));
    }
}
