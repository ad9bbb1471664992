package org.journeymap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.journeymap.testing.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * Opens every page of the sample and test sites in headless Chromium (Debian's chromium and
 * chromium-driver) from file://: no console error, no axe-core violation of WCAG 2.2 A and AA, and
 * the curve's points land on their steps. Skips where Chromium is missing, except under CI=true,
 * where a missing browser is a failure.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** Selenium warns that it has no DevTools bindings for this Chromium; the tests use none. Held strongly. */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools"),
            java.util.logging.Logger.getLogger("org.openqa.selenium.chromium"));

    @TempDir
    static Path temp;
    private static ChromeDriver driver;
    private static final List<Path> PAGES = new ArrayList<>();

    @BeforeAll
    static void startBrowser() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must install chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(present, "skipped: no " + CHROMIUM + " and " + DRIVER
                + "; install Debian's chromium and chromium-driver to run the browser tests");
        for (Path site : List.of(Sites.build(Sites.sample(), temp.resolve("sample")),
                Sites.build(Sites.fixture(), temp.resolve("fixture")),
                Sites.build(Sites.injection(), temp.resolve("injection")),
                Sites.build(org.journeymap.testing.Histories.sampleRepository(temp.resolve("repo")),
                        temp.resolve("history")))) {
            PAGES.addAll(Sites.files(site, ".html"));
        }
        org.journeymap.Generator.builder().build().diff(Sites.fixture(), Sites.sample(), temp.resolve("diff"),
                List.of(), temp);
        PAGES.add(temp.resolve("diff/index.html"));
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.SEVERE));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + temp.resolve("profile"), "--window-size=1440,1000");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static void open(Path page) {
        driver.get(page.toUri().toString());
        driver.manage().logs().get(LogType.BROWSER);
    }

    @TestFactory
    Stream<DynamicTest> everyPageLoadsWithoutConsoleErrorsAndWithoutAxeViolations() {
        return PAGES.stream().map(page -> DynamicTest.dynamicTest(temp.relativize(page).toString(), () -> {
            driver.manage().logs().get(LogType.BROWSER);
            driver.get(page.toUri().toString());
            List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                    .map(LogEntry::getMessage).toList();
            assertEquals(List.of(), errors, "console messages on " + page);
            Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
            List<String> violations = new ArrayList<>();
            for (Rule rule : results.getViolations()) {
                rule.getNodes().forEach(n -> violations.add(rule.getId() + ": " + n.getTarget() + " " + rule.getHelp()));
            }
            assertEquals(List.of(), violations, "axe-core violations on " + page);
        }));
    }

    /** Emulates the reader's colour scheme (prefers-color-scheme), as a browser set to dark does. */
    private static void scheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** The pages of each kind that the screenshots show, in both schemes. */
    private static final List<String> SHOWN = List.of("sample/index.html", "sample/journeys/otwarcie-konta.html",
            "sample/journeys/buy-analytics-platform.html", "sample/personas/anna.html", "sample/touchpoints.html",
            "sample/opportunities.html", "sample/compare/buy-sofa-online-2027.html", "diff/index.html",
            "history/history/buy-sofa-online.html", "history/changes.html");

    @TestFactory
    Stream<DynamicTest> everyPageInTheDarkSchemeIsDarkAndHasNoAxeViolations() {
        return PAGES.stream().map(page -> DynamicTest.dynamicTest(temp.relativize(page).toString(), () -> {
            scheme("dark");
            try {
                driver.get(page.toUri().toString());
                JavascriptExecutor js = driver;
                assertEquals("rgb(18, 21, 27)", js.executeScript("return getComputedStyle(document.body).backgroundColor"),
                        "the theme follows prefers-color-scheme");
                Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
                List<String> violations = new ArrayList<>();
                for (Rule rule : results.getViolations()) {
                    rule.getNodes().forEach(n -> violations.add(rule.getId() + ": " + n.getTarget() + " " + rule.getHelp()));
                }
                assertEquals(List.of(), violations, "axe-core violations in the dark scheme on " + page);
                // text drawn in SVG (curves, funnels) is not checked by axe: its paint must be the theme's
                @SuppressWarnings("unchecked")
                List<String> unreadable = (List<String>) js.executeScript("""
                        const bg = getComputedStyle(document.body).backgroundColor;
                        return [...document.querySelectorAll('svg.jm-curve text, svg.jm-funnel text')]
                            .filter(t => t.getBoundingClientRect().width > 0)
                            .map(t => [t.textContent, getComputedStyle(t).fill])
                            .filter(([text, fill]) => ['rgb(31, 38, 51)', 'rgb(91, 100, 114)', 'rgb(0, 0, 0)'].includes(fill))
                            .map(([text, fill]) => text + ' ' + fill);
                        """);
                assertEquals(List.of(), unreadable, "SVG text painted for a light page on " + page);
            } finally {
                scheme("");
            }
        }));
    }

    /** A measured series' trend is a line on screen and its values in words on paper; screen readers get the words. */
    @Test
    void aTrendReadsAsWordsOnPaperAndToScreenReaders() {
        driver.get(temp.resolve("sample/journeys/otwarcie-konta.html").toUri().toString());
        JavascriptExecutor js = driver;
        String script = "const t = document.querySelector('.metric-trend'); const words = t.querySelector('.trend-values');"
                + " return [t.querySelector('svg').getAttribute('aria-hidden'), words.textContent,"
                + " words.getBoundingClientRect().height, t.querySelector('svg').getBoundingClientRect().height]";
        @SuppressWarnings("unchecked")
        List<Object> screen = (List<Object>) js.executeScript(script);
        assertEquals("true", screen.get(0), "the line itself is hidden from screen readers");
        assertEquals("Trend: 3.1 (2026-08-15) → 3.6 (2026-09-15) → 3.9 (2026-10-15)", screen.get(1));
        assertTrue(((Number) screen.get(2)).doubleValue() <= 1, "on screen the words are visually hidden");
        assertTrue(((Number) screen.get(3)).doubleValue() > 10, "and the line is drawn");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            @SuppressWarnings("unchecked")
            List<Object> paper = (List<Object>) js.executeScript(script);
            assertTrue(((Number) paper.get(2)).doubleValue() > 5, "on paper the words are printed");
            assertEquals(0, ((Number) paper.get(3)).intValue(), "and the line is left out");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void paperIsLightAlsoFromADarkScreen() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print", "features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            driver.get(temp.resolve("sample/journeys/otwarcie-konta.html").toUri().toString());
            JavascriptExecutor js = driver;
            assertEquals(List.of("rgb(255, 255, 255)", "rgb(31, 38, 51)"), js.executeScript(
                    "const s = getComputedStyle(document.body); return [s.backgroundColor, s.color]"));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", ""))));
        }
    }

    /**
     * Full-page screenshots of each kind of page, light and dark, in target/screenshots for a
     * person to look at; each must show its scheme's background.
     */
    @Test
    void screenshotsOfEachKindOfPageInBothSchemes() throws Exception {
        Path shots = Path.of("target/screenshots");
        for (String scheme : List.of("light", "dark")) {
            scheme(scheme);
            try {
                for (String shown : SHOWN) {
                    driver.get(temp.resolve(shown).toUri().toString());
                    // the whole page, up to 5,000 pixels
                    long height = (Long) ((JavascriptExecutor) driver).executeScript(
                            "return Math.min(5000, document.documentElement.scrollHeight)");
                    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, (int) height));
                    byte[] png = driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
                    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
                    Path file = shots.resolve(scheme).resolve(shown.replace('/', '-').replace(".html", ".png"));
                    Files.createDirectories(file.getParent());
                    Files.write(file, png);
                    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
                    int corner = image.getRGB(image.getWidth() - 2, image.getHeight() - 2) & 0xffffff;
                    int light = ((corner >> 16) + ((corner >> 8) & 0xff) + (corner & 0xff)) / 3;
                    assertTrue(scheme.equals("dark") ? light < 60 : light > 200,
                            shown + " in the " + scheme + " scheme has a background of " + Integer.toHexString(corner));
                }
            } finally {
                scheme("");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> curvePointsLinkToTheirSteps() {
        return PAGES.stream().filter(p -> p.getParent().getFileName().toString().equals("journeys"))
                .map(page -> DynamicTest.dynamicTest(temp.relativize(page).toString(), () -> {
                    open(page);
                    JavascriptExecutor js = driver;
                    @SuppressWarnings("unchecked")
                    List<String> targets = (List<String>) js.executeScript("return Array.from(document.querySelectorAll("
                            + "'.map svg.jm-curve a')).map(a => a.getAttribute('xlink:href') || a.getAttribute('href'))");
                    assertFalse(targets.isEmpty(), "the curve has point links");
                    for (String target : targets) {
                        assertTrue(target.startsWith("#step-"), target);
                        WebElement step = driver.findElement(By.id(target.substring(1)));
                        assertEquals("step-row", step.findElement(By.xpath("..")).getAttribute("class"),
                                target + " is a step column");
                    }
                    WebElement last = driver.findElements(By.cssSelector(".map svg.jm-curve a circle")).stream()
                            .reduce((a, b) -> b).orElseThrow();
                    js.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", last);
                    last.click();
                    String hash = (String) js.executeScript("return location.hash");
                    assertEquals(targets.get(targets.size() - 1), hash);
                    Boolean visible = (Boolean) js.executeScript("const r = document.querySelector(location.hash)"
                            + ".getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight");
                    assertTrue(visible, "the step is in view after following " + hash);
                }));
    }

    @Test
    void portfolioFiltersHideJourneysThatDoNotMatch() {
        Path index = PAGES.stream().filter(p -> p.endsWith(Path.of("fixture", "index.html"))).findFirst().orElseThrow();
        open(index);
        assertTrue(driver.findElement(By.id("filters")).isDisplayed(), "filters appear once the script runs");
        int all = driver.findElements(By.cssSelector(".journey-card")).size();
        new Select(driver.findElement(By.name("state"))).selectByValue("future");
        long shown = driver.findElements(By.cssSelector(".journey-card")).stream().filter(WebElement::isDisplayed).count();
        assertEquals(1, shown);
        new Select(driver.findElement(By.name("state"))).selectByValue("");
        new Select(driver.findElement(By.name("tag"))).selectByVisibleText("mobile");
        assertEquals(1, driver.findElements(By.cssSelector(".journey-card")).stream().filter(WebElement::isDisplayed).count());
        new Select(driver.findElement(By.name("tag"))).selectByIndex(0);
        assertEquals(all, driver.findElements(By.cssSelector(".journey-card")).stream().filter(WebElement::isDisplayed).count());
    }

    @Test
    void onAPhoneTheMapReadsStepByStepAndStepAnchorsStillLand() {
        Path page = PAGES.stream().filter(p -> p.endsWith(Path.of("journeys", "otwarcie-konta.html"))).findFirst()
                .orElseThrow();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            driver.get(page.toUri() + "#step-weryfikacja");
            WebElement step = driver.findElement(By.id("step-weryfikacja"));
            assertTrue(step.isDisplayed());
            JavascriptExecutor js = (JavascriptExecutor) driver;
            Boolean visible = (Boolean) js.executeScript(
                    "const r = arguments[0].getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight", step);
            assertTrue(visible, "the page scrolled to the step");
            Boolean fits = (Boolean) js.executeScript("return document.documentElement.scrollWidth <= innerWidth");
            assertTrue(fits, "nothing is wider than the phone");
            // the cells of a step follow its heading, each under its lane's name, before the next step
            @SuppressWarnings("unchecked")
            List<Object> order = (List<Object>) js.executeScript("""
                    const top = e => e.getBoundingClientRect().top;
                    const head = document.getElementById('step-weryfikacja');
                    const next = head.nextElementSibling;
                    const row = [...document.querySelectorAll('tr.lane-actions > td')];
                    const cell = row[[...head.parentElement.children].indexOf(head) - 1];
                    return [top(head), top(cell), top(next),
                        getComputedStyle(cell, '::before').content,
                        document.querySelector('tr.lane-actions > th').textContent];
                    """);
            double head = ((Number) order.get(0)).doubleValue();
            double cell = ((Number) order.get(1)).doubleValue();
            double next = ((Number) order.get(2)).doubleValue();
            assertTrue(head < cell && cell < next, order.toString());
            assertEquals("\"" + order.get(4) + "\"", order.get(3), "the lane's name, as the wide table heads its row");
            // and no page of any kind is wider than the phone: funnels, tables, compare pages
            for (Path any : PAGES) {
                driver.get(any.toUri().toString());
                assertTrue((Boolean) js.executeScript("return document.documentElement.scrollWidth <= innerWidth"),
                        temp.relativize(any) + " is wider than the phone: " + js.executeScript(
                                "return [document.documentElement.scrollWidth, innerWidth, ...[...document.querySelectorAll('body *')]"
                                + ".filter(e => e.getBoundingClientRect().right > innerWidth + 1 || e.scrollWidth > innerWidth)"
                                + ".slice(0, 4).map(e => e.tagName + '.' + e.className + ' ' + e.getBoundingClientRect().right)]"));
            }
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
        }
    }

    @Test
    void theChecksHereDoFindProblems() throws Exception {
        Path bad = temp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><title>x</title></head><body><img src=\"nothing.png\">"
                + "<p style=\"color:#eee;background:#fff\">faint</p><script>undefinedFunction()</script></body></html>");
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(bad.toUri().toString());
        assertFalse(driver.manage().logs().get(LogType.BROWSER).getAll().isEmpty(), "console errors are seen");
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        List<String> ids = results.getViolations().stream().map(Rule::getId).toList();
        assertTrue(ids.containsAll(List.of("image-alt", "html-has-lang", "color-contrast")), ids.toString());
    }

    @Test
    void thePreviewReloadsOnEditsAndShowsErrorsOnThePage() throws Exception {
        Path src = org.journeymap.testing.Sources.project(temp.resolve("preview"), Map.of());
        try (org.journeymap.serve.PreviewServer server = org.journeymap.serve.PreviewServer.start(src, 0,
                org.journeymap.Generator.builder().build(), org.journeymap.Listener.SILENT)) {
            driver.get(server.uri().resolve("/journeys/buy.html").toString());
            org.openqa.selenium.support.ui.WebDriverWait wait =
                    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20));
            // the page reloads itself: an element found just before a reload is gone when read
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            wait.until(d -> "open".equals(d.findElement(By.tagName("html")).getAttribute("data-jm-live")));
            Files.writeString(src.resolve("journeys/buy.yaml"),
                    org.journeymap.testing.Sources.JOURNEY.replace("title: Buying", "title: Buying, edited"));
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Buying, edited"));
            Files.writeString(src.resolve("journeys/buy.yaml"),
                    org.journeymap.testing.Sources.JOURNEY.replace("emotion: 1", "emotion: 9"));
            WebElement errors = wait.until(d -> d.findElements(By.cssSelector(".jm-preview-errors")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertTrue(errors.getText().contains("emotion 9 is outside the scale"), errors.getText());
            assertEquals("Buying, edited", driver.findElement(By.tagName("h1")).getText(), "the last good page stays");
            Files.writeString(src.resolve("journeys/buy.yaml"),
                    org.journeymap.testing.Sources.JOURNEY.replace("title: Buying", "title: Buying, fixed"));
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Buying, fixed"));
            assertTrue(driver.findElements(By.cssSelector(".jm-preview-errors")).stream().noneMatch(WebElement::isDisplayed),
                    "the errors are cleared once fixed");
            assertEquals(List.of(), driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                    .map(LogEntry::getMessage).toList(), "no console errors (the policy allows the event stream)");
        }
    }

    @TestFactory
    Stream<DynamicTest> noInjectedScriptRunsAndNoUnsafeLinkSurvives() {
        return PAGES.stream().map(page -> DynamicTest.dynamicTest(temp.relativize(page).toString(), () -> {
            driver.get(page.toUri().toString());
            JavascriptExecutor js = driver;
            String title = (String) js.executeScript("return document.title");
            // every payload would set the title to exactly 'pwned-...'; the page's own title shows them as text
            assertFalse(title.startsWith("pwned") || title.equals("1"), "an injected script ran: " + title);
            @SuppressWarnings("unchecked")
            List<String> unsafe = (List<String>) js.executeScript(
                    "const bad = [];"
                    + "for (const e of document.querySelectorAll('*')) {"
                    + "  for (const a of e.attributes) {"
                    + "    const v = a.value.trim().toLowerCase();"
                    + "    if (a.name.toLowerCase().startsWith('on')) bad.push(e.tagName + ' ' + a.name);"
                    + "    if (/^(javascript|vbscript|data):/.test(v)) bad.push(e.tagName + ' ' + a.name + '=' + v);"
                    + "  }"
                    + "}"
                    + "const scripts = Array.from(document.scripts).map(s => s.getAttribute('src'));"
                    + "if (!scripts.every(s => /(theme\\/journeymap|data\\/search-index)\\.js$/.test(s || ''))) bad.push('scripts ' + scripts);"
                    + "if (document.querySelector('iframe, object, embed, style, [style]')) bad.push('embedded content or inline style');"
                    + "return bad;");
            assertEquals(List.of(), unsafe, "unsafe markup on " + page);
        }));
    }

    @Test
    void theOpportunityTableSortsAndFilters() {
        Path page = PAGES.stream().filter(p -> p.endsWith(Path.of("sample", "opportunities.html"))).findFirst().orElseThrow();
        open(page);
        WebElement emotionHeading = driver.findElements(By.cssSelector("#items thead th")).get(3);
        emotionHeading.findElement(By.tagName("button")).click();
        assertEquals("ascending", emotionHeading.getAttribute("aria-sort"));
        List<Double> values = driver.findElements(By.cssSelector("#items tbody tr td:nth-child(4)")).stream()
                .map(td -> td.getText()).filter(v -> !v.isEmpty()).map(Double::parseDouble).toList();
        assertEquals(values.stream().sorted().toList(), values, "sorted by emotion, lowest first");
        WebElement impactHeading = driver.findElements(By.cssSelector("#items thead th")).get(4);
        for (String order : List.of("ascending", "descending")) {
            impactHeading.findElement(By.tagName("button")).click();
            assertEquals(order, impactHeading.getAttribute("aria-sort"));
            List<String> ranks = driver.findElements(By.cssSelector("#items tbody tr td:nth-child(5)")).stream()
                    .map(td -> td.getAttribute("data-value") == null ? "" : td.getAttribute("data-value")).toList();
            int blanks = ranks.indexOf("");
            assertTrue(blanks > 0 && ranks.subList(blanks, ranks.size()).stream().allMatch(String::isEmpty),
                    "rows without an impact come last, " + order + ": " + ranks);
            List<String> ranked = ranks.subList(0, blanks);
            List<String> expected = ranked.stream().sorted(order.equals("ascending")
                    ? java.util.Comparator.<String>naturalOrder() : java.util.Comparator.<String>reverseOrder()).toList();
            assertEquals(expected, ranked, "impact " + order);
        }
        new Select(driver.findElement(By.name("kind"))).selectByValue("opportunity");
        assertTrue(driver.findElements(By.cssSelector("#items tbody tr")).stream().filter(WebElement::isDisplayed)
                .allMatch(r -> "opportunity".equals(r.getAttribute("data-kind"))));
        driver.findElement(By.name("text")).sendKeys("trust centre");
        assertEquals(1, driver.findElements(By.cssSelector("#items tbody tr")).stream().filter(WebElement::isDisplayed).count());
    }

    @Test
    void searchFindsStepsOfflineWithSnippets() {
        Path page = PAGES.stream().filter(p -> p.endsWith(Path.of("sample", "search.html"))).findFirst().orElseThrow();
        open(page);
        WebElement input = driver.findElement(By.id("search-input"));
        input.sendKeys("delivery fee");
        List<WebElement> results = driver.findElements(By.cssSelector("#search-results li"));
        assertFalse(results.isEmpty(), "results for 'delivery fee'");
        assertTrue(results.stream().anyMatch(r -> r.getText().contains("Delivery fee appears only at the last step")),
                results.get(0).getText());
        assertTrue(driver.findElement(By.id("search-status")).getText().matches("\\d+ results"));
        WebElement first = results.get(0).findElement(By.tagName("a"));
        assertTrue(first.getAttribute("href").contains("journeys/"), first.getAttribute("href"));
        first.click();
        assertTrue(driver.getCurrentUrl().contains("journeys/"), "a result leads to its page");
    }

    @Test
    void mermaidExportsParseAndRenderInTheRealMermaid() throws Exception {
        Path mermaid = org.journeymap.testing.DocExamples.projectRoot()
                .resolve(".ci/node/node_modules/mermaid/dist/mermaid.min.js");
        if (!Files.exists(mermaid) && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must install mermaid with npm (see .ci/run)");
        }
        Assumptions.assumeTrue(Files.exists(mermaid), "skipped: no " + mermaid
                + "; run: npm install --prefix .ci/node mermaid@11");
        List<String> diagrams = new java.util.ArrayList<>();
        for (Path page : PAGES) {
            Path mmd = page.resolveSibling(page.getFileName().toString().replace(".html", ".mmd"));
            if (Files.exists(mmd)) {
                diagrams.add(Files.readString(mmd));
            }
        }
        org.journeymap.Validation tricky = org.journeymap.testing.Sources.validate(org.journeymap.testing.Sources.project(
                temp.resolve("tricky"), Map.of("personas/anna.yaml", "name: \"Anna, Jr.\"\n", "journeys/buy.yaml",
                        org.journeymap.testing.Sources.JOURNEY.replace("title: Buying", "title: \"Buying: #1; best\"")
                                .replace("name: Looks", "name: \"Looks: at #sofas; then, leaves\""))));
        diagrams.add(org.journeymap.interchange.MermaidExport.journey(tricky.project().journeys().get(0), tricky.project()));
        assertTrue(diagrams.size() >= 6, "diagrams found: " + diagrams.size());
        diagrams.add("journey\n  section A\n    Task: Me: 5\n  section\n");  // the control: Mermaid must reject it
        Path host = temp.resolve("mermaid.html");
        Files.writeString(host, "<!DOCTYPE html><html lang=\"en\"><head><title>m</title><script src=\""
                + mermaid.toUri() + "\"></script></head><body></body></html>");
        driver.get(host.toUri().toString());
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "mermaid.initialize({startOnLoad: false});"
                + "(async () => { const out = [];"
                + "  for (const [i, text] of arguments[0].entries()) {"
                + "    try { const r = await mermaid.render('m' + i, text); out.push(r.svg.includes('<svg') ? 'ok' : 'no svg'); }"
                + "    catch (e) { out.push(String(e && e.message || e)); } }"
                + "  return out; })().then(out => done({out: out}), e => done({out: [String(e)]}));", diagrams);
        @SuppressWarnings("unchecked")
        List<String> out = (List<String>) result.get("out");
        assertTrue(!out.get(out.size() - 1).equals("ok"), "the control diagram should be rejected");
        for (int i = 0; i < out.size() - 1; i++) {
            assertEquals("ok", out.get(i), "Mermaid rejected:\n" + diagrams.get(i));
        }
    }
}
