package org.journeymap.model;

import java.math.BigDecimal;

/** Numbers as people write them: 3 rather than 3.0, 0.25 rather than 2.5E-1. */
public final class Numbers {

    private Numbers() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        // Double.toString already reads as written unless it has an exponent or (before Java 19,
        // for a few values such as 0.002) a trailing zero; the detour through BigDecimal, which
        // takes the same digits, is for those
        String plain = Double.toString(value);
        if (plain.indexOf('E') < 0 && plain.charAt(plain.length() - 1) != '0') {
            return plain;
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
