package com.bizsync.views;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The periods of VIEWS.md for one as-of day, cut into buckets so that one query returns the
 * month, the fiscal year to date and every month of it at once. Bounds are half-open days.
 */
final class Periods {
    /** One half-open slice [from, to) that lies entirely inside or outside each period. */
    record Bucket(LocalDate from, LocalDate to, boolean inMonth, boolean inYear) {
        YearMonth month() {
            return YearMonth.from(from);
        }
    }

    final LocalDate asOf;
    final LocalDate dayAfter;
    final LocalDate monthStart;
    final FiscalYear fiscalYear;
    final LocalDate yearEndExclusive;
    final FiscalYear oldestFiscalYear;
    final List<Bucket> buckets;

    Periods(LocalDate asOf, FiscalYear current, FiscalYear oldest) {
        this.asOf = asOf;
        this.dayAfter = asOf.plusDays(1);
        this.monthStart = asOf.withDayOfMonth(1);
        this.fiscalYear = current;
        LocalDate cappedEnd = current.end().isBefore(asOf) ? current.end() : asOf;
        this.yearEndExclusive = cappedEnd.plusDays(1);
        this.oldestFiscalYear = oldest;
        this.buckets = cut();
    }

    private List<Bucket> cut() {
        TreeSet<LocalDate> bounds = new TreeSet<>();
        bounds.add(monthStart);
        bounds.add(dayAfter);
        bounds.add(fiscalYear.start());
        bounds.add(yearEndExclusive);
        for (LocalDate m = fiscalYear.start().withDayOfMonth(1).plusMonths(1); m.isBefore(yearEndExclusive);
             m = m.plusMonths(1)) {
            bounds.add(m);
        }
        List<Bucket> result = new ArrayList<>();
        LocalDate previous = null;
        for (LocalDate bound : bounds) {
            if (previous != null) {
                boolean inMonth = !previous.isBefore(monthStart) && !bound.isAfter(dayAfter);
                boolean inYear = !previous.isBefore(fiscalYear.start()) && !bound.isAfter(yearEndExclusive);
                result.add(new Bucket(previous, bound, inMonth, inYear));
            }
            previous = bound;
        }
        return result;
    }

    LocalDate rangeStart() {
        return buckets.get(0).from();
    }

    LocalDate rangeEnd() {
        return buckets.get(buckets.size() - 1).to();
    }

    /** The months byMonth lists: from the fiscal year start to the as-of month (capped at its end). */
    List<YearMonth> yearMonths() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = YearMonth.from(yearEndExclusive.minusDays(1));
        for (YearMonth m = YearMonth.from(fiscalYear.start()); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
