package org.journeymap.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.journeymap.model.EmotionScale;

/** Pictures of curves for tests: journeys of any length, in en, pl or ru, with the theme's words. */
final class CurvePictures {

    private static final Map<String, String[]> STAGES = Map.of(
            "en", new String[] {"Awareness", "Consideration", "Purchase", "Delivery", "Use and support"},
            "pl", new String[] {"Świadomość", "Rozważanie", "Zakup", "Dostawa", "Używanie i wsparcie"},
            "ru", new String[] {"Осведомлённость", "Сравнение предложений", "Оформление", "Доставка",
                    "Использование и поддержка"});
    private static final Map<String, String[]> STEPS = Map.of(
            "en", new String[] {"Sees an ad", "Reads reviews on a comparison site", "Compares delivery dates",
                    "Creates an account", "Chooses a delivery slot for the weekend", "Pays by card",
                    "Waits for the confirmation e-mail", "Calls the contact centre", "Unpacks the sofa",
                    "Writes a review"},
            "pl", new String[] {"Widzi reklamę", "Czyta opinie w porównywarce", "Weryfikacja tożsamości",
                    "Zakłada konto", "Wybiera termin dostawy na weekend", "Płaci kartą",
                    "Czeka na potwierdzenie e-mailem", "Dzwoni na infolinię", "Rozpakowuje sofę", "Wystawia opinię"},
            "ru", new String[] {"Видит рекламу в социальных сетях", "Читает отзывы на сайте-агрегаторе",
                    "Подтверждение личности через Госуслуги", "Регистрируется в личном кабинете",
                    "Выбирает удобный интервал доставки на выходные", "Оплачивает банковской картой",
                    "Ожидает подтверждения по электронной почте", "Звонит в контактный центр поддержки",
                    "Распаковывает и собирает диван", "Оставляет развёрнутый отзыв"});
    private static final Map<String, String[]> PERSONAS = Map.of(
            "en", new String[] {"Anna", "Piotr"}, "pl", new String[] {"Marta", "Piotr"},
            "ru", new String[] {"Ольга", "Дмитрий"});
    private static final Map<String, String> TITLES = Map.of("en", "Buying a sofa online",
            "pl", "Otwarcie pierwszego konta", "ru", "Смена тарифа мобильной связи");

    private CurvePictures() {
    }

    static Map<String, String> labels(String language) {
        try {
            return new Theme(null).labels(language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CurvePicture.Words words(String language) {
        Map<String, String> l = labels(language);
        return new CurvePicture.Words(l.get("emotion"), l.get("lowest"), l.get("highest"), l.get("momentOfTruth"),
                l.get("missedTarget"), l.get("noEmotion"), l.get("startsAt"), l.get("endsAt"), l.get("stepsInOrder"));
    }

    /**
     * A journey of the given number of steps in five stages (fewer when shorter), its names in the
     * language, with personas lines, a baseline when asked, moments of truth and missed targets.
     */
    static CurvePicture picture(String language, int steps, int personas, boolean baseline) {
        String[] names = STEPS.get(language);
        List<EmotionCurve.Point> points = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            String name = names[i % names.length] + (i >= names.length ? " " + (i / names.length + 1) : "");
            points.add(new EmotionCurve.Point("s" + i, name, i % 5 == 2, i % 7 == 4));
        }
        List<CurvePicture.Stage> stages = new ArrayList<>();
        int count = Math.min(5, steps);
        for (int k = 0, first = 0; k < count; k++) {
            int n = steps / count + (k < steps % count ? 1 : 0);
            stages.add(new CurvePicture.Stage(STAGES.get(language)[k], first, n));
            first += n;
        }
        Map<String, String> l = labels(language);
        List<CurveSeries> series = new ArrayList<>();
        if (baseline) {
            series.add(new CurveSeries(l.get("baseline") + ": " + TITLES.get(language), values(steps, 7), true));
        }
        for (int p = 0; p < personas; p++) {
            series.add(new CurveSeries(PERSONAS.get(language)[p % 2] + (baseline ? " — " + l.get("state.future") : ""),
                    values(steps, p), false));
        }
        String subtitle = String.join(", ", List.of(PERSONAS.get(language)).subList(0, Math.min(2, personas)))
                + " · " + l.get(baseline ? "state.future" : "state.current");
        EmotionScale scale = SiteRenderer.localizedScale(EmotionScale.DEFAULT, l);
        return new CurvePicture(TITLES.get(language), subtitle, points, stages, series, scale, words(language));
    }

    static List<Double> values(int steps, int seed) {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            v.add(i == 3 && seed == 1 ? null : (double) ((i * 7 + seed * 3) % 5 - 2));
        }
        return v;
    }
}
