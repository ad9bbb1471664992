package org.journeymap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Images get safe output names that depend on their path alone, and no two images share one. */
class AssetsTest {

    @Test
    void aNameThatIsItsOwnSlugStays() {
        assertEquals("assets/ewa-photo.png", Assets.outputPath(Path.of("assets/ewa-photo.png")));
        assertEquals("assets/team/ewa.svg", Assets.outputPath(Path.of("assets/team/ewa.svg")));
    }

    @Test
    void namesWithOneSlugGetOutputsOfTheirOwn() {
        List<String> names = List.of("assets/ewa-photo.png", "assets/Ewa Photo.png", "assets/ewa photo.png",
                "assets/Ewa-Photo.PNG", "assets/Team/ewa.svg", "assets/team/ewa.svg", "ewa-photo.png",
                "images/ewa-photo.png", "assets/images/ewa-photo.png");
        List<String> outputs = names.stream().map(n -> Assets.outputPath(Path.of(n))).toList();
        assertEquals(names.size(), outputs.stream().distinct().count(), outputs.toString());
        String photo = Assets.outputPath(Path.of("assets/Ewa Photo.png"));
        assertTrue(photo.matches("assets/ewa-photo-[0-9a-f]{6}\\.png"), photo);
        assertEquals(photo, Assets.outputPath(Path.of("assets/Ewa Photo.png")), "the same path, the same name");
        assertNotEquals(Assets.outputPath(Path.of("ewa-photo.png")), Assets.outputPath(Path.of("assets/ewa-photo.png")),
                "an image beside site.yaml is not the one in assets/");
        assertTrue(outputs.stream().allMatch(o -> o.matches("assets(/[a-z0-9_][a-z0-9-]*)+\\.[a-z0-9]+")), outputs.toString());
    }
}
