package org.journeymap.maven;

/** The user properties of the plugin's parameters, all with the journeymap. prefix. */
final class Properties {

    static final String PREFIX = "journeymap.";
    static final String SOURCE_DIRECTORY = PREFIX + "sourceDirectory";
    static final String OUTPUT_DIRECTORY = PREFIX + "outputDirectory";
    static final String SKIP = PREFIX + "skip";
    static final String FAIL_ON_WARNING = PREFIX + "failOnWarning";
    static final String PORT = PREFIX + "port";
    static final String BASE_URL = PREFIX + "baseUrl";
    static final String BASE_REF = PREFIX + "baseRef";
    static final String DIFF_DIRECTORY = PREFIX + "diffDirectory";
    static final String REBUILD = PREFIX + "rebuild";
    static final String CACHE_DIR = PREFIX + "cacheDir";

    private Properties() {
    }
}
