package org.journeymap.load;

/** What one source folder may hold; each limit is far above any real project's needs. */
public final class Limits {

    /** Bytes in one YAML file. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;
    /** Code points in one YAML file, enforced by SnakeYAML Engine's stream reader as well. */
    public static final int MAX_CODE_POINTS = 1_000_000;
    /** Nested lists and mappings in one file; the format itself needs about ten. */
    public static final int MAX_DEPTH = 20;
    /** Bytes in one measurement (CSV) file: about 200,000 rows of an analytics export. */
    public static final long MAX_CSV_BYTES = 32L * 1024 * 1024;
    /** Rows in one measurement file, after its header. */
    public static final int MAX_CSV_ROWS = 500_000;
    /** Columns in one measurement file; the format defines nine. */
    public static final int MAX_CSV_COLUMNS = 64;
    /** YAML files in one source folder. */
    public static final int MAX_FILES = 20_000;

    private Limits() {
    }
}
