package org.journeymap.cli;

import org.journeymap.report.ReportFormat;
import picocli.CommandLine;

/** Reads --format, naming the allowed values when the word is not one of them. */
final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
        try {
            return ReportFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use text, github or json");
        }
    }
}
