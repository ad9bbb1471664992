package org.journeymap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.util.XMLResourceDescriptor;
import org.journeymap.testing.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.svg.SVGDocument;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every page of the sample site and of the test site passes the Nu HTML Checker, and every SVG
 * journeymap draws (files and inline curves) is parsed by Batik.
 */
class ConformanceTest {

    @TempDir
    static Path temp;
    private static final List<Path> SITES = new ArrayList<>();

    @BeforeAll
    static void buildSites() throws Exception {
        SITES.add(Sites.build(Sites.sample(), temp.resolve("sample")));
        SITES.add(Sites.build(Sites.fixture(), temp.resolve("fixture")));
        SITES.add(Sites.build(Sites.injection(), temp.resolve("injection")));
        SITES.add(Sites.build(org.journeymap.testing.Histories.sampleRepository(temp.resolve("repo")),
                temp.resolve("history")));
        org.journeymap.Generator.builder().build().diff(Sites.fixture(), Sites.sample(), temp.resolve("diff"),
                java.util.List.of(), temp);
        SITES.add(temp.resolve("diff"));
    }

    private static Stream<Path> all(String extension) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path site : SITES) {
            files.addAll(Sites.files(site, extension));
        }
        return files.stream().filter(p -> !p.toString().contains("/assets/"));
    }

    private static String name(Path file) {
        return temp.relativize(file).toString();
    }

    @TestFactory
    Stream<DynamicTest> everyPagePassesTheNuHtmlChecker() throws Exception {
        return all(".html").map(page -> DynamicTest.dynamicTest(name(page),
                () -> assertEquals(List.of(), nuErrors(page), "Nu HTML Checker errors in " + page)));
    }

    @org.junit.jupiter.api.Test
    void theCheckerHereDoesFindErrors() throws Exception {
        Path broken = temp.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html lang=en><head></head><body><p id=a><span id=a></span>"
                + "<a href=x><button>b</button></a></body></html>");
        List<String> errors = nuErrors(broken);
        assertTrue(errors.size() >= 3, errors.toString());
    }

    private static List<String> nuErrors(Path page) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings (such as "consider adding lang") are advice, not conformance errors
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        validator.checkHtmlFile(page.toFile(), true);
        return errors;
    }

    @TestFactory
    Stream<DynamicTest> everySvgIsParsedByBatik() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        all(".svg").forEach(svg -> tests.add(DynamicTest.dynamicTest(name(svg), () ->
                parse(Files.readString(svg, StandardCharsets.UTF_8), svg.toString()))));
        Pattern inline = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);
        all(".html").forEach(page -> tests.add(DynamicTest.dynamicTest(name(page) + " inline", () -> {
            Matcher m = inline.matcher(Files.readString(page, StandardCharsets.UTF_8));
            int count = 0;
            while (m.find()) {
                parse(m.group(), page + " #" + ++count);
            }
            assertTrue(count > 0 || !page.toString().contains("journeys/"), "a journey page has its curve inline");
        })));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> noSvgCarriesAScriptAHandlerOrAnUnsafeLink() throws Exception {
        return all(".svg").map(svg -> DynamicTest.dynamicTest(name(svg), () -> {
            SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
            SVGDocument doc = factory.createSVGDocument("http://localhost/x.svg",
                    new StringReader(Files.readString(svg, StandardCharsets.UTF_8)));
            org.w3c.dom.NodeList all = doc.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
                assertFalse(e.getLocalName().equals("script") || e.getLocalName().equals("foreignObject"), e.getLocalName());
                org.w3c.dom.NamedNodeMap attrs = e.getAttributes();
                for (int a = 0; a < attrs.getLength(); a++) {
                    String n = attrs.item(a).getNodeName().toLowerCase(java.util.Locale.ROOT);
                    String v = attrs.item(a).getNodeValue().trim().toLowerCase(java.util.Locale.ROOT);
                    assertFalse(n.startsWith("on"), n + " in " + svg);
                    assertFalse(v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:"),
                            n + "=" + v + " in " + svg);
                }
            }
        }));
    }

    private static void parse(String svg, String where) throws Exception {
        SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        SVGDocument doc = factory.createSVGDocument("http://localhost/" + Math.abs(where.hashCode()) + ".svg",
                new StringReader(svg));
        assertEquals("svg", doc.getDocumentElement().getLocalName(), where);
        // a picture is named, unless it is hidden from assistive technology because its words stand beside it
        assertFalse(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").getLength() == 0
                && !doc.getDocumentElement().hasAttribute("aria-label")
                && !"true".equals(doc.getDocumentElement().getAttribute("aria-hidden")), "an accessible name in " + where);
    }
}
