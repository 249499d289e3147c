package com.bizsync.views;

import com.bizsync.i18n.Sentence;
import com.bizsync.i18n.UserError;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A family's views over the union of its companies' data: sums add up, top-5 lists are
 * re-ranked after adding the amounts of the same code. Refused when the companies' current
 * fiscal years or accounting currencies differ (their figures would not mean the same period).
 */
public final class FamilyConsolidator {
    private FamilyConsolidator() {
    }

    public static Extraction consolidate(String familyName, List<Extraction> companies) {
        requireConsolidable(familyName, companies);
        Extraction first = companies.get(0);
        for (Extraction other : companies.subList(1, companies.size())) {
            if (!other.asOf().equals(first.asOf())) {
                throw new UserError("views.familyAsOf", familyName);
            }
        }
        Map<ViewId, ViewValue> merged = new EnumMap<>(ViewId.class);
        for (Extraction company : companies) {
            company.views().forEach((id, value) -> merged.merge(id, value, ViewValue::merge));
        }
        return new Extraction(first.asOf(), familyName, first.currency(), first.fiscalYear(), merged);
    }

    /**
     * The rule a family's companies must follow to be consolidated: the same current fiscal year
     * and the same accounting currency. Also checked when a family is saved, on the companies'
     * parameters only ({@link ViewExtractor#parameters}).
     */
    public static void requireConsolidable(String familyName, List<Extraction> companies) {
        if (companies == null || companies.isEmpty()) {
            throw new UserError("views.familyEmpty", familyName);
        }
        Extraction first = companies.get(0);
        for (Extraction other : companies.subList(1, companies.size())) {
            if (!other.fiscalYear().equals(first.fiscalYear())) {
                throw new UserError("views.familyFiscalYears", familyName, first.companyName(),
                        describe(first.fiscalYear()), other.companyName(), describe(other.fiscalYear()));
            }
            if (!other.currency().equals(first.currency())) {
                throw new UserError("views.familyCurrencies", familyName, first.companyName(), first.currency(),
                        other.companyName(), other.currency());
            }
        }
    }

    /** "du 01/01/2026 au 31/12/2026", in the user's language and date format. */
    private static Sentence describe(FiscalYear year) {
        return Sentence.of("common.period", year.start(), year.end());
    }
}
