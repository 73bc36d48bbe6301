package com.pazpaz.infra.sql;

/**
 * A read of the rows of a list of keys, written so that PostgreSQL looks each key up in the key's index at
 * every size of the table (decision 302).
 *
 * <p>The obvious {@code WHERE key = ANY (?)} is planned once per connection and kept (a generic plan, which the
 * hot statements of this system rely on to skip planning, decision 295). Planned while its table is still empty
 * or was never analysed, as on a new installation, at an import or on every benchmark stack, the kept plan is a
 * sequential scan that tests each row against the array; it stays until autovacuum next analyses the table, while
 * the table grows under it: on a fresh stack under load the event store was scanned whole about 150 times a
 * second for the first minute. Here the keys are a row source of their own and each is joined to its row through
 * a lateral subquery that PostgreSQL may not flatten ({@code OFFSET 0}), so the only plans left are one lookup per
 * key, by index, or a scan per key, which even an empty table's estimate makes dearer than the index.
 */
public final class RowsByKey {

    private RowsByKey() {}

    /**
     * {@code SELECT columns FROM table WHERE keyColumn = ANY (?)}, one parameter, an array of {@code keyType}. A key
     * given twice gives its row once; a key without a row gives none. The columns are named as in the table.
     *
     * @param columns the columns to read, separated by commas, unqualified
     * @param extra further expressions of the answer after the columns (with a leading comma), or ""
     */
    public static String select(String columns, String extra, String table, String keyColumn, String keyType) {
        return read(columns, extra, table, keyColumn, keyType, "");
    }

    /** The same read with each row found locked {@code FOR SHARE} (a concurrent writer of the row waits). */
    public static String selectForShare(String columns, String table, String keyColumn, String keyType) {
        return read(columns, "", table, keyColumn, keyType, " FOR SHARE");
    }

    private static String read(
            String columns, String extra, String table, String keyColumn, String keyType, String rowLock) {
        return "SELECT " + columns + extra + " FROM (SELECT DISTINCT unnest(CAST(? AS " + keyType
                + "[])) AS wanted_key) AS wanted"
                + " CROSS JOIN LATERAL (SELECT " + columns + " FROM " + table + " WHERE " + keyColumn
                + " = wanted.wanted_key OFFSET 0" + rowLock + ") AS found";
    }
}
