package org.journeymap.model;

import java.util.Locale;

/** How much a finding matters; OFF turns a rule off. */
public enum Severity {
    ERROR, WARNING, OFF;

    /** The word written in site.yaml and printed in findings. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
