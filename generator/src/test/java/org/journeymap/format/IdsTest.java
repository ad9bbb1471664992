package org.journeymap.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Płatność kartą|platnosc-karta",
        "Оплата|oplata",
        "Доставка на дом|dostavka-na-dom",
        "Sees an Instagram ad|sees-an-instagram-ad",
        "  --Checkout (step 2)!!  |checkout-step-2",
        "Straße & Œuvre|strasse-oeuvre",
        "Щука й ёж|shchuka-y-ezh",
        "配送|''",
        "🚚|''",
    })
    void slugFoldsToAscii(String name, String slug) {
        assertEquals(slug, Ids.slug(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "web-shop", "step-1", "012"})
    void validIds(String id) {
        assertTrue(Ids.isValid(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Web", "web--shop", "-web", "web-", "web_shop", "wéb", "a b"})
    void invalidIds(String id) {
        assertFalse(Ids.isValid(id));
    }

    @org.junit.jupiter.api.Test
    void longNamesAreCutAtAHyphenWithinTheLimit() {
        String slug = Ids.slug("word ".repeat(40));
        assertTrue(Ids.isValid(slug), slug);
        assertTrue(slug.length() <= Ids.MAX_LENGTH);
        assertFalse(Ids.isValid("a".repeat(65)));
    }
}
