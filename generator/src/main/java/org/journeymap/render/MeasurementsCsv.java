package org.journeymap.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.journeymap.measure.MeasurementFile;
import org.journeymap.model.Measurement;
import org.journeymap.model.Numbers;

/**
 * Every measured value of the site as one CSV file, in the columns of a measurement file (so that
 * it reads back as one), written as {@link OpportunitiesCsv} writes: RFC 4180, UTF-8 with a
 * byte-order mark, and a cell that a spreadsheet would take for a formula prefixed with an
 * apostrophe, since the cells are text from analytics exports that nobody checked for formulas.
 */
public final class MeasurementsCsv {

    private static final int BLOCK = 1 << 15;

    private MeasurementsCsv() {
    }

    public static void write(List<Measurement> rows, Writer out) throws IOException {
        out.write("\uFEFF");
        out.write(String.join(",", MeasurementFile.COLUMNS));
        out.write("\r\n");
        // lines are handed to out in blocks: a writer call per cell was most of the time
        StringBuilder block = new StringBuilder(BLOCK + 1024);
        for (Measurement m : rows) {
            OpportunitiesCsv.line(block, m.journey(), m.step(), m.stage(), m.metric(), Numbers.format(m.value()),
                    m.date(), m.persona(), m.source(), m.note());
            if (block.length() >= BLOCK) {
                out.append(block);
                block.setLength(0);
            }
        }
        out.append(block);
    }
}
