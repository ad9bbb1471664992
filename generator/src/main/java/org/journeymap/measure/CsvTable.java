package org.journeymap.measure;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.journeymap.finding.Findings;
import org.journeymap.finding.Rule;
import org.journeymap.load.Limits;
import org.journeymap.load.Text;
import org.journeymap.model.Position;
import tools.jackson.core.FormatSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A CSV file as spreadsheets and analytics tools write it (format v1, section 9), read with
 * Jackson's CSV parser: UTF-8 with or without a byte-order mark; comma- or semicolon-separated,
 * whichever the header line holds more of; quoted fields may hold separators, quotes and line
 * breaks. Every cell keeps its line and column. Empty lines are skipped. The rows are handed on
 * as they are read, in one reused row object, so that a large export is never held twice. What
 * cannot be read is a finding: a file over the size limit, bytes that are not UTF-8, a forbidden
 * character, a quote that is never closed, too many rows or columns.
 */
public final class CsvTable {

    /**
     * One line of values of file (a quoted line break makes it span several lines), each cell's
     * text as written (quotes removed) with the line and column where it starts. A row is handed
     * to {@link Rows#row} and is good only during that call: the next row of the file reuses it,
     * so that a large export makes no list and no cell objects per row. A cell whose text is the
     * text of the same column in the row before is that very string, so that the ids, dates and
     * sources a sorted export repeats on every row are one string each, and a reader can tell
     * them by identity.
     */
    public static final class Row {
        private final Path file;
        private String[] texts = new String[16];
        private int[] lines = new int[16];
        private int[] columns = new int[16];
        private int size;

        Row(Path file) {
            this.file = file;
        }

        public Path file() {
            return file;
        }

        /** The number of cells. */
        public int size() {
            return size;
        }

        public String text(int cell) {
            return texts[cell];
        }

        public int line(int cell) {
            return lines[cell];
        }

        public int column(int cell) {
            return columns[cell];
        }

        /** Where a cell starts. */
        public Position at(int cell) {
            return new Position(file, lines[cell], columns[cell]);
        }

        /** Where the row starts. */
        public Position at() {
            return at(0);
        }

        /** Starts the next row: its cells are added over the last row's, which stay to compare with. */
        private void clear() {
            size = 0;
        }

        private void add(String text, int line, int column) {
            if (size == texts.length) {
                texts = java.util.Arrays.copyOf(texts, size * 2);
                lines = java.util.Arrays.copyOf(lines, size * 2);
                columns = java.util.Arrays.copyOf(columns, size * 2);
            }
            String before = texts[size];
            texts[size] = text.equals(before) ? before : text;
            lines[size] = line;
            columns[size] = column;
            size++;
        }

        private boolean empty() {
            return size == 0 || size == 1 && texts[0].isEmpty();
        }
    }

    /**
     * The streaming parser's factory alone: a CsvMapper would bring Jackson's whole data binding
     * up (a fifth of a second in a fresh JVM) only to hand out this parser.
     */
    private static final CsvFactory FACTORY = CsvFactory.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    /** Hears the rows of a file as they are read, the first (the header) first; a row may not be kept. */
    public interface Rows {
        void row(Row row, boolean header, char separator);
    }

    private CsvTable() {
    }

    /** Reads file row by row; false, with a finding, when it cannot be read as a table. */
    public static boolean read(Path file, Findings findings, Rows handler) throws IOException {
        Position start = Position.startOf(file);
        long size = Files.size(file);
        if (size > Limits.MAX_CSV_BYTES) {
            findings.add(Rule.FILE_TOO_LARGE, start, "the file has " + size + " bytes, more than the limit of "
                    + Limits.MAX_CSV_BYTES + " for a measurement file; split it, for example one file per year");
            return false;
        }
        byte[] bytes = Files.readAllBytes(file);
        Optional<CharBuffer> text = decode(file, bytes, findings);
        if (text.isEmpty()) {
            return false;
        }
        // the decoded characters as they are: no copy into a String, which would be converted back
        CharBuffer s = text.get();
        char[] chars = s.array();
        int start0 = s.arrayOffset() + s.position();
        int end = start0 + s.remaining();
        int forbidden = Text.firstForbidden(chars, start0, end);
        if (forbidden >= 0) {
            forbidden -= start0;
        }
        if (forbidden >= 0) {
            findings.add(Rule.CONTROL_CHARACTER, at(file, s, forbidden), "the character "
                    + Text.codePoint(s.charAt(forbidden)) + " is not allowed; delete it");
            return false;
        }
        char separator = separator(s);
        int rows = 0;
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        ObjectReadContext context = new ObjectReadContext.Base() {
            @Override
            public FormatSchema getSchema() {
                return schema;
            }
        };
        try (JsonParser p = FACTORY.createParser(context, chars, start0, end - start0)) {
            // the whole file is an array of rows, each an array of strings
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return false;
            }
            Row row = new Row(file);
            for (JsonToken t = p.nextToken(); t == JsonToken.START_ARRAY; t = p.nextToken()) {
                row.clear();
                for (JsonToken v = p.nextToken(); v == JsonToken.VALUE_STRING; v = p.nextToken()) {
                    TokenStreamLocation l = p.currentTokenLocation();
                    row.add(p.getString(), l.getLineNr(), l.getColumnNr());
                }
                if (row.empty()) {
                    continue; // an empty line
                }
                if (row.size() > Limits.MAX_CSV_COLUMNS) {
                    findings.add(Rule.FILE_TOO_LARGE, row.at(Limits.MAX_CSV_COLUMNS), "a row has "
                            + row.size() + " columns, more than the limit of " + Limits.MAX_CSV_COLUMNS);
                    return false;
                }
                handler.row(row, rows == 0, separator);
                if (++rows > Limits.MAX_CSV_ROWS + 1) {
                    findings.add(Rule.FILE_TOO_LARGE, row.at(), "the file has more than "
                            + Limits.MAX_CSV_ROWS + " rows, the limit for a measurement file; split it,"
                            + " for example one file per year");
                    return false;
                }
            }
        } catch (JacksonException e) {
            int open = unclosedQuote(chars, start0, end, separator);
            if (open >= 0) {
                // the parser stops at the end of the file; the mistake is where the quote opened
                findings.add(Rule.CSV_SYNTAX, at(file, s, open - start0), "this quote opens a field that is never"
                        + " closed, so the rest of the file would be one value; close it with a quote, and write a"
                        + " quote inside a quoted field twice (\"\")");
                return false;
            }
            TokenStreamLocation l = e.getLocation();
            Position where = l == null || l.getLineNr() < 1 ? start
                    : new Position(file, l.getLineNr(), Math.max(1, l.getColumnNr()));
            findings.add(Rule.CSV_SYNTAX, where, "the file is not well-formed CSV: "
                    + Text.forMessage(e.getOriginalMessage()) + "; a quote that opens a field must close it, and"
                    + " a quote inside a quoted field is written twice (\"\")");
            return false;
        }
        if (rows == 0) {
            findings.add(Rule.MISSING_COLUMN, start, "the file is empty; its first line names the columns:"
                    + " journey,step,metric,value,date");
            return false;
        }
        return true;
    }

    /**
     * The index of the quote that opens a field and is never closed, or -1. A quote opens a field
     * only as its first character; inside a quoted field two quotes are one quote.
     */
    static int unclosedQuote(char[] chars, int from, int to, char separator) {
        boolean fieldStart = true;
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (open >= 0) {
                if (c == '"') {
                    if (i + 1 < to && chars[i + 1] == '"') {
                        i++;
                    } else {
                        open = -1;
                        fieldStart = false;
                    }
                }
            } else if (c == '"' && fieldStart) {
                open = i;
            } else {
                fieldStart = c == separator || c == '\n' || c == '\r';
            }
        }
        return open;
    }

    /** Strict UTF-8 without its byte-order mark, or a finding at the first byte that is not UTF-8. */
    private static Optional<CharBuffer> decode(Path file, byte[] bytes, Findings findings) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return Optional.of(decoder.decode(in));
        } catch (CharacterCodingException e) {
            // find the first bad byte again, to say where it is
            CharsetDecoder again = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer scan = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
            CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
            again.decode(scan, chars, true);
            chars.flip();
            int bad = scan.position() < bytes.length ? bytes[scan.position()] & 0xff : 0;
            findings.add(Rule.INVALID_ENCODING, at(file, chars.toString(), chars.length()),
                    String.format("the byte 0x%02X is not UTF-8; save the file as UTF-8 (in Excel: \"CSV UTF-8\")", bad));
            return Optional.empty();
        }
    }

    /** The separator: a semicolon when the header line holds more semicolons than commas. */
    static char separator(CharSequence text) {
        int semicolons = 0;
        int commas = 0;
        for (int i = 0; i < text.length() && text.charAt(i) != '\n'; i++) {
            semicolons += text.charAt(i) == ';' ? 1 : 0;
            commas += text.charAt(i) == ',' ? 1 : 0;
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The line and column of a character of the text. */
    private static Position at(Path file, CharSequence text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(file, line, column);
    }
}
