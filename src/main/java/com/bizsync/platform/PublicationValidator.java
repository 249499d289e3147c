package com.bizsync.platform;

import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that a publication has the shape of the {@code extract} document (VIEWS.md), so the
 * dashboard can always render what it reads. Extra fields are tolerated (newer publishers);
 * missing or mistyped ones, and unknown view ids, are refused with a 400 naming the field.
 */
final class PublicationValidator {
    /** ISO 4217 codes known to the Java runtime (active and historical ones). */
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
    /** Dates the dashboard can show: a Sage fiscal year never lies outside these years. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;
    static final int MAX_TOP_ROWS = 5;
    /** Treasury accounts of a company, or of a family once merged. */
    static final int MAX_CASH_ROWS = 500;
    /** Months from the fiscal-year start to the day (a first fiscal year may last up to 24 months). */
    static final int MAX_MONTHS = 36;
    static final int MAX_CODE = 50;
    static final int MAX_LABEL = 200;

    private PublicationValidator() {
    }

    /** @return the company name to store alongside the snapshot */
    static String validate(JsonNode doc) {
        date(doc.get("asOf"), "asOf");
        JsonNode company = object(doc.get("company"), "company");
        String name = text(company.get("name"), "company.name");
        if (name.isBlank() || name.length() > 200) {
            throw ApiError.badRequest("company.name must be 1 to 200 characters.");
        }
        String currency = text(company.get("currency"), "company.currency");
        if (!CURRENCIES.contains(currency)) {
            throw ApiError.badRequest("company.currency must be an ISO 4217 code such as EUR.");
        }
        JsonNode fiscalYear = company.get("fiscalYear");
        if (fiscalYear != null && !fiscalYear.isNull()) {
            object(fiscalYear, "company.fiscalYear");
            date(fiscalYear.get("start"), "company.fiscalYear.start");
            date(fiscalYear.get("end"), "company.fiscalYear.end");
        }
        JsonNode views = object(doc.get("views"), "views");
        Iterator<Map.Entry<String, JsonNode>> it = views.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> view = it.next();
            ViewId id = ViewId.fromId(view.getKey())
                    .orElseThrow(() -> ApiError.badRequest("Unknown view id: " + view.getKey()));
            viewShape(id, object(view.getValue(), "views." + id.id()), "views." + id.id());
        }
        return name;
    }

    /**
     * The publisher's time for the next publication, when it sent one (optional: older publishers
     * and unscheduled companies send none). An ISO-8601 instant such as 2026-12-02T06:00:00Z.
     */
    static java.time.Instant nextExpectedAt(JsonNode doc) {
        JsonNode n = doc.get("nextExpectedAt");
        if (n == null || n.isNull()) {
            return null;
        }
        java.time.Instant instant;
        try {
            instant = java.time.Instant.parse(text(n, "nextExpectedAt"));
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("nextExpectedAt must be an ISO-8601 instant such as 2026-12-02T06:00:00Z.");
        }
        int year = instant.atZone(java.time.ZoneOffset.UTC).getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ApiError.badRequest("nextExpectedAt must lie between the years " + FIRST_YEAR + " and "
                    + LAST_YEAR + ".");
        }
        return instant;
    }

    static int viewCount(JsonNode doc) {
        return doc.get("views").size();
    }

    private static void viewShape(ViewId id, JsonNode view, String path) {
        switch (id) {
            case SALES_REVENUE, ACCOUNTING_REVENUE -> {
                number(view.get("month"), path + ".month");
                number(view.get("year"), path + ".year");
                JsonNode byMonth = array(view.get("byMonth"), path + ".byMonth", MAX_MONTHS);
                for (int i = 0; i < byMonth.size(); i++) {
                    String at = path + ".byMonth[" + i + "]";
                    JsonNode m = object(byMonth.get(i), at);
                    month(m.get("month"), at + ".month");
                    number(m.get("amount"), at + ".amount");
                }
            }
            case ORDER_BOOK_MONTH -> {
                number(view.get("amount"), path + ".amount");
                count(view.get("documents"), path + ".documents");
            }
            case ORDERS_MONTH -> {
                number(view.get("amount"), path + ".amount");
                count(view.get("orders"), path + ".orders");
            }
            case CASH_POSITION -> {
                rows(view, path, MAX_CASH_ROWS);
                number(view.get("total"), path + ".total");
            }
            default -> rows(view, path, MAX_TOP_ROWS);
        }
    }

    private static void rows(JsonNode view, String path, int maxRows) {
        JsonNode rows = array(view.get("rows"), path + ".rows", maxRows);
        for (int i = 0; i < rows.size(); i++) {
            String at = path + ".rows[" + i + "]";
            JsonNode row = object(rows.get(i), at);
            bounded(row.get("code"), at + ".code", MAX_CODE);
            bounded(row.get("label"), at + ".label", MAX_LABEL);
            number(row.get("amount"), at + ".amount");
            JsonNode rank = row.get("rank");
            if (rank != null) {
                integer(rank, at + ".rank");
                if (rank.asLong() < 1 || rank.asLong() > maxRows) {
                    throw ApiError.badRequest(at + ".rank must be between 1 and " + maxRows + ".");
                }
            }
        }
    }

    private static JsonNode object(JsonNode n, String path) {
        if (n == null || !n.isObject()) {
            throw ApiError.badRequest(path + " must be a JSON object.");
        }
        return n;
    }

    private static JsonNode array(JsonNode n, String path, int maxSize) {
        if (n == null || !n.isArray()) {
            throw ApiError.badRequest(path + " must be a JSON array.");
        }
        if (n.size() > maxSize) {
            throw ApiError.badRequest(path + " must have at most " + maxSize + " entries.");
        }
        return n;
    }

    private static void bounded(JsonNode n, String path, int maxLength) {
        String s = text(n, path);
        if (s.length() > maxLength) {
            throw ApiError.badRequest(path + " must be at most " + maxLength + " characters.");
        }
    }

    private static String text(JsonNode n, String path) {
        if (n == null || !n.isTextual()) {
            throw ApiError.badRequest(path + " must be a string.");
        }
        return n.asText();
    }

    /** Finite only: 1e999 would be stored as infinity and served as the string "Infinity". */
    private static void number(JsonNode n, String path) {
        if (n == null || !n.isNumber()) {
            throw ApiError.badRequest(path + " must be a number.");
        }
        if (!Double.isFinite(n.doubleValue())) {
            throw ApiError.badRequest(path + " must be a finite number.");
        }
    }

    private static void count(JsonNode n, String path) {
        integer(n, path);
        if (n.asLong() < 0) {
            throw ApiError.badRequest(path + " must not be negative.");
        }
    }

    private static void integer(JsonNode n, String path) {
        if (n == null || !n.canConvertToLong() || !n.isIntegralNumber()) {
            throw ApiError.badRequest(path + " must be a whole number.");
        }
    }

    private static void date(JsonNode n, String path) {
        try {
            saneYear(LocalDate.parse(text(n, path)).getYear(), path);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(path + " must be a date YYYY-MM-DD.");
        }
    }

    private static void month(JsonNode n, String path) {
        try {
            saneYear(YearMonth.parse(text(n, path)).getYear(), path);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(path + " must be a month YYYY-MM.");
        }
    }

    private static void saneYear(int year, String path) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ApiError.badRequest(path + " must lie between the years " + FIRST_YEAR + " and " + LAST_YEAR + ".");
        }
    }
}
