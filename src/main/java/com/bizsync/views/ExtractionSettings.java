package com.bizsync.views;

import com.bizsync.i18n.UserError;
import java.util.ArrayList;
import java.util.List;

/**
 * A company's extraction options (the original's « Paramètres » tab), as stored in the settings:
 * the accounts that make the accounting revenue (empty = the general setting, {@code 70} by
 * default), the accounts that make the cash position (empty = the treasury journals' accounts),
 * and what groups customers and items in the category views: 0 = tariff category and item
 * family, n = Sage's statistical field n ({@code CT_Statistique0n}, {@code AR_Stat0n}).
 */
public record ExtractionSettings(List<String> revenuePrefixes, List<String> cashPrefixes, int customerStatistic,
                                 int itemStatistic) {
    public static final ExtractionSettings DEFAULTS = new ExtractionSettings(List.of(), List.of(), 0, 0);
    /** Sage has ten statistical fields on third parties and five on items. */
    public static final int CUSTOMER_STATISTICS = 10;
    public static final int ITEM_STATISTICS = 5;

    public ExtractionSettings {
        revenuePrefixes = List.copyOf(revenuePrefixes);
        cashPrefixes = List.copyOf(cashPrefixes);
        // Prefixes are checked where they are typed (settings rules) and used (ExtractOptions).
        if (customerStatistic < 0 || customerStatistic > CUSTOMER_STATISTICS) {
            throw new UserError("views.invalidStatistic", String.valueOf(customerStatistic), CUSTOMER_STATISTICS);
        }
        if (itemStatistic < 0 || itemStatistic > ITEM_STATISTICS) {
            throw new UserError("views.invalidStatistic", String.valueOf(itemStatistic), ITEM_STATISTICS);
        }
    }

    /** The Sage column grouping customers instead of the tariff category, e.g. {@code CT_Statistique01}. */
    public static String customerColumn(int statistic) {
        return String.format("CT_Statistique%02d", statistic);
    }

    /** The Sage column grouping items instead of the family, e.g. {@code AR_Stat01}. */
    public static String itemColumn(int statistic) {
        return String.format("AR_Stat%02d", statistic);
    }

    /** {@code 70, 71} as typed or shown: commas or spaces between prefixes. */
    public static List<String> prefixes(String text) {
        List<String> prefixes = new ArrayList<>();
        if (text != null) {
            for (String p : text.split("[,;\\s]+")) {
                if (!p.isBlank()) {
                    prefixes.add(p.trim());
                }
            }
        }
        return prefixes;
    }

    public static String text(List<String> prefixes) {
        return String.join(", ", prefixes);
    }
}
