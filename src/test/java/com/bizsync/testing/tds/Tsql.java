package com.bizsync.testing.tds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little T-SQL the endpoint needs to understand: batches cut into statements (on semicolons
 * and before SET or USE at the top level, as jTDS strings its session settings on lines), and a
 * statement's text made acceptable to H2 in its SQL Server mode.
 */
final class Tsql {
    private static final Pattern NOLOCK = Pattern.compile("(?i)\\bWITH\\s*\\(\\s*NOLOCK\\s*\\)");
    private static final Pattern DBO = Pattern.compile("(?i)(?<![\\w\\]])\\[?dbo\\]?\\.");
    private static final Pattern PARAMETER = Pattern.compile("@P(\\d+)");

    private Tsql() {
    }

    /** A statement ready for H2, with the RPC parameter index of each '?' in order. */
    record Translated(String sql, List<Integer> parameters) {
    }

    static List<String> statements(String batch) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < batch.length(); i++) {
            char c = batch.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ';') {
                add(statements, current);
                continue;
            } else if (!quoted && depth == 0 && startsKeyword(batch, i) && !current.toString().isBlank()) {
                add(statements, current);
            }
            current.append(c);
        }
        add(statements, current);
        return statements;
    }

    private static boolean startsKeyword(String batch, int at) {
        if (at > 0 && (Character.isLetterOrDigit(batch.charAt(at - 1)) || batch.charAt(at - 1) == '_'
                || batch.charAt(at - 1) == '@')) {
            return false;
        }
        for (String keyword : new String[] {"SET ", "USE ", "SET\t", "USE\t", "USE[", "SET\r", "SET\n"}) {
            if (batch.regionMatches(true, at, keyword, 0, keyword.length())) {
                return !previousWordIsUpdate(batch, at);
            }
        }
        return false;
    }

    /** UPDATE t SET … is one statement. */
    private static boolean previousWordIsUpdate(String batch, int at) {
        String before = batch.substring(0, at).trim().toUpperCase(Locale.ROOT);
        return before.matches("(?s).*\\bUPDATE\\s+\\S+$");
    }

    private static void add(List<String> statements, StringBuilder current) {
        String text = current.toString().trim();
        if (!text.isEmpty()) {
            statements.add(text);
        }
        current.setLength(0);
    }

    /** The first word, upper-cased: SELECT, SET, USE, INSERT… */
    static String verb(String statement) {
        Matcher m = Pattern.compile("^\\s*([A-Za-z_]+)").matcher(statement);
        return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : "";
    }

    static Translated forH2(String statement) {
        String sql = statement
                .replace("@@MAX_PRECISION", "CAST(38 AS TINYINT)")
                .replace("@@SPID", "51")
                .replace("@@VERSION", "'Microsoft SQL Server 2008 R2 (BizSync test endpoint)'");
        sql = NOLOCK.matcher(sql).replaceAll("");
        sql = DBO.matcher(sql).replaceAll("");
        StringBuilder out = new StringBuilder();
        List<Integer> parameters = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && c == '@') {
                Matcher m = PARAMETER.matcher(sql).region(i, sql.length());
                if (m.lookingAt()) {
                    parameters.add(Integer.parseInt(m.group(1)));
                    out.append('?');
                    i = m.end() - 1;
                    continue;
                }
            }
            out.append(c);
        }
        return new Translated(out.toString(), parameters);
    }

    /** The database named by USE x / USE [x]. */
    static String useTarget(String statement) {
        String name = statement.trim().substring(3).trim();
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name;
    }
}
