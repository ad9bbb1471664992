package org.journeymap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.journeymap.testing.Golden;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TextWidthsTest {

    private static final Path FONTS = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final Path TABLE = Path.of("src/main/resources/org/journeymap/render/dejavu-sans-widths.txt");
    /** Latin, Greek, Cyrillic, and the punctuation, currency and arrows that names use. */
    private static final int[][] RANGES = {{0x20, 0x7e}, {0xa0, 0x24f}, {0x370, 0x3ff}, {0x400, 0x52f},
            {0x2010, 0x2027}, {0x2030, 0x203a}, {0x20ac, 0x20ac}, {0x2116, 0x2116}, {0x2122, 0x2122},
            {0x2190, 0x2193}, {0x2212, 0x2212}};

    /**
     * The table is what the installed DejaVu Sans measures (fonts-dejavu-core, which CI installs);
     * with -Djourneymap.bless=true it is written from them.
     */
    @Test
    void theTableIsWhatTheFontsMeasure() throws Exception {
        Path book = FONTS.resolve("DejaVuSans.ttf");
        Path bold = FONTS.resolve("DejaVuSans-Bold.ttf");
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(Files.isRegularFile(book) && Files.isRegularFile(bold),
                    "DejaVu Sans is not installed here (CI installs fonts-dejavu-core)");
        }
        Font regular = Font.createFont(Font.TRUETYPE_FONT, book.toFile()).deriveFont(1000f);
        Font heavy = Font.createFont(Font.TRUETYPE_FONT, bold.toFile()).deriveFont(1000f);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        StringBuilder table = new StringBuilder("# DejaVu Sans advance widths in thousandths of an em:"
                + " code point (hex), Book, Bold. Written by TextWidthsTest with -Djourneymap.bless=true.\n");
        for (int[] range : RANGES) {
            for (int c = range[0]; c <= range[1]; c++) {
                if (!regular.canDisplay(c) || !heavy.canDisplay(c)) {
                    continue;
                }
                String s = new String(Character.toChars(c));
                table.append(Integer.toHexString(c)).append(' ')
                        .append(Math.round(regular.getStringBounds(s, frc).getWidth())).append(' ')
                        .append(Math.round(heavy.getStringBounds(s, frc).getWidth())).append('\n');
            }
        }
        Golden.assertMatches(TABLE, table.toString());
        if (!Golden.blessing()) {
            // and text measures as Java2D lays it out with that font (no kerning, as the PNG painter draws)
            String text = "Weryfikacja tożsamości — Подтверждение личности";
            double java2d = regular.deriveFont(13f).getStringBounds(text, frc).getWidth();
            assertEquals(java2d, TextWidths.width(text, 13, false), 0.5);
        }
    }

    @Test
    void aTextThatFitsStaysWholeAndOneThatDoesNotEndsWithAnEllipsis() {
        assertEquals("Checkout", TextWidths.fit("Checkout", 100, 12, false));
        String shortened = TextWidths.fit("Подтверждение личности через Госуслуги", 100, 12, false);
        assertTrue(shortened.endsWith("\u2026") && shortened.length() < 20, shortened);
        assertTrue(TextWidths.width(shortened, 12, false) <= 100);
        assertEquals("", TextWidths.fit("Wide", 5, 12, false), "not even one letter fits");
        assertTrue(TextWidths.width("Wide", 12, true) > TextWidths.width("Wide", 12, false), "bold is wider");
        assertEquals(12.0, TextWidths.width("\u4e2d", 12, false), "a CJK character counts as an em");
    }

    @Test
    void namesWrapBetweenWordsIntoTwoLinesAndOnlyTheLastIsShortened() {
        assertEquals(List.of("Weryfikacja", "tożsamości"), TextWidths.wrap("Weryfikacja tożsamości", 80, 2, 12, false));
        assertEquals(List.of("Pays"), TextWidths.wrap("  Pays ", 80, 2, 12, false));
        List<String> three = TextWidths.wrap("Chooses a delivery slot for the weekend", 90, 2, 12, false);
        assertEquals(2, three.size(), three.toString());
        assertEquals("Chooses a", three.get(0));
        assertTrue(three.get(1).endsWith("\u2026"), three.toString());
        for (String line : three) {
            assertTrue(TextWidths.width(line, 12, false) <= 90, line);
        }
        List<String> hyphen = TextWidths.wrap("Self-service check-in", 55, 2, 12, false);
        assertEquals("Self-", hyphen.get(0), hyphen.toString());
        List<String> word = TextWidths.wrap("Идентификационный", 50, 2, 12, false);
        assertEquals(2, word.size(), "a word wider than a line continues on the next: " + word);
        assertTrue(word.get(0).endsWith("-") && word.get(0).length() > 2, "after a hyphen: " + word);
        assertTrue(word.get(1).endsWith("\u2026"), word.toString());
    }
}
