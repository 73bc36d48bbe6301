package com.pazpaz.query.careplan;

import com.pazpaz.query.common.TableColumn;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Function;

/** A {@code date} column as the batch writer sends it (ISO text, cast) and as it is read back. */
final class Dates {

    private Dates() {}

    static <R> TableColumn<R> column(String name, Function<R, LocalDate> value) {
        return new TableColumn<>(name, "text", "date", row -> {
            LocalDate date = value.apply(row);
            return date == null ? null : date.toString();
        });
    }

    static LocalDate read(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
