package org.journeymap.render.outputs;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.journeymap.render.MeasurementsCsv;
import org.journeymap.render.Output;
import org.journeymap.render.Pages;

/** Every measured value as one CSV file, in the columns of a measurement file; only when there are any. */
public final class MeasurementsCsvFile implements Output {

    @Override
    public String name() {
        return "measurements-csv";
    }

    @Override
    public Scope scope() {
        return Scope.SITE;
    }

    @Override
    public Set<Input> reads() {
        return Set.of(Input.MEASUREMENTS);
    }

    @Override
    public List<String> writes() {
        return List.of("data/measurements.csv");
    }

    @Override
    public boolean appliesTo(Pages pages, String id) {
        return !pages.project().measurements().isEmpty();
    }

    @Override
    public void render(Pages pages, String id) throws IOException {
        try (java.io.Writer csv = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                pages.open("data/measurements.csv"), java.nio.charset.StandardCharsets.UTF_8), 1 << 16)) {
            MeasurementsCsv.write(pages.project().measurements(), csv);
        }
    }
}
