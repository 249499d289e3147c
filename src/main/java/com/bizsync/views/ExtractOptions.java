package com.bizsync.views;

import com.bizsync.i18n.UserError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What an extraction depends on besides the data: the as-of day (nothing dated later counts),
 * the account prefixes that make the accounting revenue (default {@code 70}), and the company's
 * other options ({@link ExtractionSettings}: cash accounts, customer and item groups).
 */
public record ExtractOptions(LocalDate asOf, List<String> revenuePrefixes, List<String> cashPrefixes,
                             int customerStatistic, int itemStatistic) {
    public static final List<String> DEFAULT_REVENUE_PREFIXES = List.of("70");
    /** Sage cannot hold dates outside this range; a date beyond it is a typing mistake. */
    private static final LocalDate EARLIEST = LocalDate.of(1901, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    public ExtractOptions {
        if (asOf == null) {
            asOf = LocalDate.now();
        }
        if (asOf.isBefore(EARLIEST) || asOf.isAfter(LATEST)) {
            throw new UserError("views.invalidAsOf", asOf.toString());
        }
        revenuePrefixes = revenuePrefixes == null || revenuePrefixes.isEmpty()
                ? DEFAULT_REVENUE_PREFIXES : List.copyOf(revenuePrefixes);
        revenuePrefixes.forEach(p -> requirePrefix(p, "views.invalidRevenuePrefix"));
        cashPrefixes = cashPrefixes == null ? List.of() : List.copyOf(cashPrefixes);
        cashPrefixes.forEach(p -> requirePrefix(p, "views.invalidCashPrefix"));
        // The settings record checks the rest once.
        new ExtractionSettings(List.of(), cashPrefixes, customerStatistic, itemStatistic);
    }

    public ExtractOptions(LocalDate asOf, List<String> revenuePrefixes) {
        this(asOf, revenuePrefixes, List.of(), 0, 0);
    }

    /**
     * These options for a company: its own revenue prefixes when it has some (else these), and
     * its cash accounts and groups.
     */
    public ExtractOptions with(ExtractionSettings company) {
        return new ExtractOptions(asOf, company.revenuePrefixes().isEmpty() ? revenuePrefixes : company.revenuePrefixes(),
                company.cashPrefixes(), company.customerStatistic(), company.itemStatistic());
    }

    /** Only account characters: a prefix becomes the start of a LIKE pattern. */
    static void requirePrefix(String prefix, String messageKey) {
        if (prefix == null || !prefix.matches("[0-9A-Za-z]{1,13}")) {
            throw new UserError(messageKey, String.valueOf(prefix));
        }
    }

    public static ExtractOptions defaults(LocalDate asOf) {
        return new ExtractOptions(asOf, DEFAULT_REVENUE_PREFIXES);
    }

    /** Parses the command-line forms: {@code YYYY-MM-DD} (blank = today) and {@code 70,71}. */
    public static ExtractOptions parse(String asOf, String revenuePrefixes) {
        LocalDate day = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.trim());
            } catch (DateTimeParseException e) {
                throw new UserError(e, "views.invalidAsOf", asOf);
            }
        }
        List<String> prefixes = new ArrayList<>();
        if (revenuePrefixes != null) {
            for (String p : revenuePrefixes.split(",")) {
                if (!p.isBlank()) {
                    prefixes.add(p.trim());
                }
            }
            if (prefixes.isEmpty()) {
                throw new UserError("views.invalidRevenuePrefix", revenuePrefixes);
            }
        }
        return new ExtractOptions(day, prefixes);
    }
}
