package com.bizsync.views;

import java.time.LocalDate;

/**
 * Writes day comparisons for a date column without any SQL date function (they differ between
 * SQLite and SQL Server): either a plain datetime column, or Sage's ledger date, which is the
 * pair JM_Date (first day of the month) + EC_Jour (day of the month).
 */
interface DateColumn {

    /** Appends a condition true when the column's day is before {@code day}. */
    void before(SqlQuery q, LocalDate day);

    /** Appends a condition true when the column's day is {@code day} or later. */
    void notBefore(SqlQuery q, LocalDate day);

    /** Appends a condition true when the column's day is in [from, to). */
    default void within(SqlQuery q, LocalDate from, LocalDate to) {
        q.sql("(");
        notBefore(q, from);
        q.sql(" AND ");
        before(q, to);
        q.sql(")");
    }

    /** Appends a CASE numbering the bucket a row falls in (rows before the first bound get 0). */
    default void bucketOf(SqlQuery q, java.util.List<Periods.Bucket> buckets) {
        if (buckets.size() == 1) {
            q.sql("0");
            return;
        }
        q.sql("CASE");
        for (int i = 1; i < buckets.size(); i++) {
            q.sql(" WHEN ");
            before(q, buckets.get(i).from());
            q.sql(" THEN ").sql(String.valueOf(i - 1));
        }
        q.sql(" ELSE ").sql(String.valueOf(buckets.size() - 1)).sql(" END");
    }

    static DateColumn plain(String column) {
        return new DateColumn() {
            @Override
            public void before(SqlQuery q, LocalDate day) {
                q.sql(column).sql(" < ").day(day);
            }

            @Override
            public void notBefore(SqlQuery q, LocalDate day) {
                q.sql(column).sql(" >= ").day(day);
            }
        };
    }

    /** The ledger entry date JM_Date + EC_Jour − 1 of the table aliased {@code alias}. */
    static DateColumn ledger(String alias) {
        String month = alias + ".JM_Date";
        String dayOfMonth = alias + ".EC_Jour";
        return new DateColumn() {
            @Override
            public void before(SqlQuery q, LocalDate day) {
                LocalDate first = day.withDayOfMonth(1);
                if (day.getDayOfMonth() == 1) {
                    q.sql(month).sql(" < ").day(first);
                    return;
                }
                q.sql("(").sql(month).sql(" < ").day(first).sql(" OR (").sql(month).sql(" < ").day(first.plusMonths(1))
                        .sql(" AND ").sql(dayOfMonth).sql(" < ").value(day.getDayOfMonth()).sql("))");
            }

            @Override
            public void notBefore(SqlQuery q, LocalDate day) {
                LocalDate first = day.withDayOfMonth(1);
                if (day.getDayOfMonth() == 1) {
                    q.sql(month).sql(" >= ").day(first);
                    return;
                }
                q.sql("(").sql(month).sql(" >= ").day(first.plusMonths(1)).sql(" OR (").sql(month).sql(" >= ").day(first)
                        .sql(" AND ").sql(dayOfMonth).sql(" >= ").value(day.getDayOfMonth()).sql("))");
            }
        };
    }
}
