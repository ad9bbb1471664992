package org.journeymap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void numbersReadAsPeopleWriteThem() {
        assertEquals("3", Numbers.format(3.0));
        assertEquals("-12", Numbers.format(-12.0));
        assertEquals("0.25", Numbers.format(0.25));
        assertEquals("-12.5", Numbers.format(-12.5));
        assertEquals("0.002", Numbers.format(0.002));
        assertEquals("0.0001", Numbers.format(1e-4));
        assertEquals("12345678.9", Numbers.format(12345678.9));
        assertEquals("1000000000000000", Numbers.format(1e15));
        assertEquals("0", Numbers.format(-0.0));
    }

    /** The quick way gives what BigDecimal gives, for numbers of every size and precision. */
    @Test
    void theQuickWayAgreesWithBigDecimal() {
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> Math.round(random.nextDouble() * 100_000) / 1000.0;
                case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(30) - 12);
                default -> random.nextInt(10_000) / Math.pow(10, random.nextInt(8));
            };
            String expected = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                    : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
            assertEquals(expected, Numbers.format(v), Double.toString(v));
        }
    }
}
