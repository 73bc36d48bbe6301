package com.pazpaz.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How an export writes audit rows: CSV with a header line, or one JSON object per line. */
interface AuditExportFormat {

    void header(Writer out) throws IOException;

    void write(Writer out, AuditEventView row);

    static AuditExportFormat jsonLines(ObjectMapper mapper) {
        return new AuditExportFormat() {
            @Override
            public void header(Writer out) {
                // JSON lines have no header
            }

            @Override
            public void write(Writer out, AuditEventView row) {
                try {
                    out.write(mapper.writeValueAsString(row));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    static AuditExportFormat csv(ObjectMapper mapper) {
        return new AuditExportFormat() {
            @Override
            public void header(Writer out) throws IOException {
                out.write("id,workspace_id,user_id,event_type,resource_type,resource_id,action,ip_address,"
                        + "user_agent,metadata,created_at\n");
            }

            @Override
            public void write(Writer out, AuditEventView row) {
                try {
                    out.write(Stream.of(
                                    row.id(),
                                    row.workspaceId(),
                                    row.userId(),
                                    row.eventType(),
                                    row.resourceType(),
                                    row.resourceId(),
                                    row.action(),
                                    row.ipAddress(),
                                    row.userAgent(),
                                    row.metadata() == null ? null : mapper.writeValueAsString(row.metadata()),
                                    row.createdAt())
                            .map(AuditExportFormat::cell)
                            .collect(Collectors.joining(",")));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so spreadsheets do not execute it. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
