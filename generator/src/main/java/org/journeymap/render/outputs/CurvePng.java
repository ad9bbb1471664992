package org.journeymap.render.outputs;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.journeymap.cache.BuildCache;
import org.journeymap.render.CurveRasterizer;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;
import org.journeymap.render.RenderException;

/**
 * A journey's curve as PNG, the social preview and a picture for documents: painted from the
 * very SVG the site publishes, taken from the build cache when the same SVG was painted before.
 * Not part of the live preview.
 */
public final class CurvePng implements Output {

    /**
     * The width of a social preview (1200 x 630), and the curve file's widest, so one unit is one
     * pixel. Drawing 1.5 times wider took 2.5 times as long, mostly in PNG encoding; the SVG beside
     * it stays sharp at any size.
     */
    private static final float WIDTH = 1200;
    /** Part of the cache key: a new size or encoding paints afresh. */
    private static final String DRAWING = "width " + WIDTH + ", " + CurveRasterizer.ENCODING + "\n";

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
        return List.of("journeys/{id}.png");
    }

    @Override
    public boolean appliesTo(Pages pages, String id) {
        return pages.png();
    }

    static String path(String journey) {
        return "journeys/" + journey + ".png";
    }

    @Override
    public void render(Pages pages, String id) throws IOException, RenderException {
        if (CurveRasterizer.fontProblem() != null) {
            throw new RenderException("cannot draw the emotion curves as PNG: " + CurveRasterizer.fontProblem(), null);
        }
        String svg = CurveSvg.standalone(pages, pages.journey(id));
        String key = BuildCache.key(DRAWING + svg);
        Optional<byte[]> drawn = pages.cached("png", key);
        if (drawn.isPresent()) {
            pages.write(path(id), drawn.get());
            return;
        }
        byte[] png;
        try {
            png = rasterizer.png(svg, WIDTH);
        } catch (javax.xml.stream.XMLStreamException | RuntimeException e) {
            throw new IllegalStateException("this is a bug: cannot draw the curve of " + id + ": " + e, e);
        }
        pages.cache("png", key, png);
        pages.write(path(id), png);
    }
}

