package com.bizsync.platform;

import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks that a publication has the shape of the {@code extract} document (VIEWS.md), so the
 * dashboard can always render what it reads. Extra fields are tolerated (newer publishers);
 * missing or mistyped ones, and unknown view ids, are refused with a 400 naming the field.
 */
final class PublicationValidator {
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");

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
        if (!CURRENCY.matcher(currency).matches()) {
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
        try {
            return java.time.Instant.parse(text(n, "nextExpectedAt"));
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("nextExpectedAt must be an ISO-8601 instant such as 2026-12-02T06:00:00Z.");
        }
    }

    static int viewCount(JsonNode doc) {
        return doc.get("views").size();
    }

    private static void viewShape(ViewId id, JsonNode view, String path) {
        switch (id) {
            case SALES_REVENUE, ACCOUNTING_REVENUE -> {
                number(view.get("month"), path + ".month");
                number(view.get("year"), path + ".year");
                JsonNode byMonth = array(view.get("byMonth"), path + ".byMonth");
                for (int i = 0; i < byMonth.size(); i++) {
                    String at = path + ".byMonth[" + i + "]";
                    JsonNode m = object(byMonth.get(i), at);
                    month(m.get("month"), at + ".month");
                    number(m.get("amount"), at + ".amount");
                }
            }
            case ORDER_BOOK_MONTH -> {
                number(view.get("amount"), path + ".amount");
                integer(view.get("documents"), path + ".documents");
            }
            case ORDERS_MONTH -> {
                number(view.get("amount"), path + ".amount");
                integer(view.get("orders"), path + ".orders");
            }
            case CASH_POSITION -> {
                rows(view, path);
                number(view.get("total"), path + ".total");
            }
            default -> rows(view, path);
        }
    }

    private static void rows(JsonNode view, String path) {
        JsonNode rows = array(view.get("rows"), path + ".rows");
        for (int i = 0; i < rows.size(); i++) {
            String at = path + ".rows[" + i + "]";
            JsonNode row = object(rows.get(i), at);
            text(row.get("code"), at + ".code");
            text(row.get("label"), at + ".label");
            number(row.get("amount"), at + ".amount");
            JsonNode rank = row.get("rank");
            if (rank != null) {
                integer(rank, at + ".rank");
            }
        }
    }

    private static JsonNode object(JsonNode n, String path) {
        if (n == null || !n.isObject()) {
            throw ApiError.badRequest(path + " must be a JSON object.");
        }
        return n;
    }

    private static JsonNode array(JsonNode n, String path) {
        if (n == null || !n.isArray()) {
            throw ApiError.badRequest(path + " must be a JSON array.");
        }
        return n;
    }

    private static String text(JsonNode n, String path) {
        if (n == null || !n.isTextual()) {
            throw ApiError.badRequest(path + " must be a string.");
        }
        return n.asText();
    }

    private static void number(JsonNode n, String path) {
        if (n == null || !n.isNumber()) {
            throw ApiError.badRequest(path + " must be a number.");
        }
    }

    private static void integer(JsonNode n, String path) {
        if (n == null || !n.canConvertToLong() || !n.isIntegralNumber()) {
            throw ApiError.badRequest(path + " must be a whole number.");
        }
    }

    private static void date(JsonNode n, String path) {
        try {
            LocalDate.parse(text(n, path));
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(path + " must be a date YYYY-MM-DD.");
        }
    }

    private static void month(JsonNode n, String path) {
        try {
            YearMonth.parse(text(n, path));
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(path + " must be a month YYYY-MM.");
        }
    }
}
