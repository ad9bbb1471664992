package org.journeymap.render.outputs;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.journeymap.cache.BuildCache;
import org.journeymap.render.CurvePicture;
import org.journeymap.render.CurveRasterizer;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
import org.journeymap.render.RenderException;

/**
 * A journey's curve as PNG: {@code <id>.png} at 1200 by 630 pixels, the social preview, and
 * {@code <id>@2x.png} at twice that for slides; painted from the very SVG the site publishes,
 * each taken from the build cache when the same SVG was painted at its size before. Not part of
 * the live preview.
 */
public final class CurvePng implements Output {

    /** The width of a social preview (1200 x 630): one pixel per unit of the picture. */
    private static final float WIDTH = CurvePicture.WIDTH;

    private final CurveRasterizer rasterizer = new CurveRasterizer();

    @Override
    public String name() {
        return "curve-png";
    }

    @Override
    public Scope scope() {
        return Scope.JOURNEY;
    }

    @Override
    public Set<Input> reads() {
        return new CurveSvg().reads();
    }

    @Override
    public List<String> writes() {
        return List.of("journeys/{id}.png", "journeys/{id}@2x.png");
    }

    @Override
    public boolean appliesTo(Pages pages, String id) {
        return pages.png();
    }

    static String path(String journey) {
        return "journeys/" + journey + ".png";
    }

    static String slidesPath(String journey) {
        return "journeys/" + journey + "@2x.png";
    }

    @Override
    public void render(Pages pages, String id) throws IOException, RenderException {
        if (CurveRasterizer.fontProblem() != null) {
            throw new RenderException("cannot draw the emotion curves as PNG: " + CurveRasterizer.fontProblem(), null);
        }
        String svg = CurveSvg.standalone(pages, pages.journey(id));
        // the sizes and the encoder's settings are part of the keys: a new one paints afresh
        String drawing = "width " + WIDTH + ", " + CurveRasterizer.ENCODING + "\n" + svg;
        String single = BuildCache.key("1x " + drawing);
        String twice = BuildCache.key("2x " + drawing);
        Optional<byte[]> small = pages.cached("png", single);
        Optional<byte[]> big = pages.cached("png", twice);
        if (small.isEmpty() || big.isEmpty()) {
            CurveRasterizer.Pair drawn;
            try {
                drawn = rasterizer.pngs(svg, WIDTH);
            } catch (javax.xml.stream.XMLStreamException | RuntimeException e) {
                throw new IllegalStateException("this is a bug: cannot draw the curve of " + id + ": " + e, e);
            }
            pages.cache("png", single, drawn.single());
            pages.cache("png", twice, drawn.twice());
            small = Optional.of(drawn.single());
            big = Optional.of(drawn.twice());
        }
        pages.write(path(id), small.get());
        pages.write(slidesPath(id), big.get());
    }
}
