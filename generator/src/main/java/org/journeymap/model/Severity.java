package org.journeymap.model;

/** How much a finding matters; OFF turns a rule off. */
public enum Severity implements Word {
    ERROR, WARNING, OFF;

    /** The word written in site.yaml and printed in findings. */
    @Override
    public String word() {
        return Word.spell(this);
    }
}
