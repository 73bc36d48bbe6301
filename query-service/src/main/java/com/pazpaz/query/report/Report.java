package com.pazpaz.query.report;

import java.util.List;
import java.util.Map;

/**
 * A report's answer: its name, range, the columns in order and one map per row (column → value). Values are ids,
 * dates, statuses and numbers only, never a protected field.
 */
record Report(String report, ReportRange range, List<String> columns, List<Map<String, Object>> rows) {

    String csv() {
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (Map<String, Object> row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object value = row.get(columns.get(i));
                csv.append(value == null ? "" : quoted(value.toString()));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** RFC 4180: a value with a comma, quote or line break is quoted, its quotes doubled. */
    private static String quoted(String value) {
        return value.matches("[^,\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
