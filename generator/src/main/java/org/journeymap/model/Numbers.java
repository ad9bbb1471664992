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
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
