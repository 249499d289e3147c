package com.bizsync.views;

/**
 * "Column starts with prefix" in portable SQL. A range test comes first because it is cheap
 * and lets the engine skip most rows; the LIKE after it keeps the test exact whatever the
 * collation (the prefix is checked to hold only letters and digits).
 */
final class Prefix {
    private Prefix() {
    }

    static void condition(SqlQuery q, String column, String prefix) {
        String upper = upperBound(prefix);
        q.sql("(").sql(column).sql(" >= ").value(prefix);
        if (upper != null) {
            q.sql(" AND ").sql(column).sql(" < ").value(upper);
        }
        q.sql(" AND ").sql(column).sql(" LIKE ").value(prefix + "%").sql(")");
    }

    /** The smallest string above every string starting with the prefix, or null if none is needed. */
    static String upperBound(String prefix) {
        StringBuilder s = new StringBuilder(prefix);
        while (s.length() > 0) {
            char last = s.charAt(s.length() - 1);
            if (last == '9' || last == 'z' || last == 'Z') {
                s.setLength(s.length() - 1);
                continue;
            }
            s.setCharAt(s.length() - 1, (char) (last + 1));
            return s.toString();
        }
        return null;
    }
}
