package com.bizsync.views;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The accounting views on SQLite from one read of the ledger, summed in Java hash maps:
 * SQLite groups by sorting every row (the third-party balances alone sort half a million
 * lines), and reading the ledger once instead of three times saves two scans. The day tests,
 * the balance rule and the account prefixes are the same SQL fragments as
 * {@link AccountingViews}' grouped queries, evaluated per line as flags.
 */
final class LedgerScan {
    private static final int SIDE = 0b11;
    private static final int BALANCE = 1 << 2;
    private static final int TREASURY = 1 << 3;
    private static final int PARTY = 1 << 4;
    private static final int BUCKET_SHIFT = 5;
    private static final int BUCKET_BITS = 7;
    private static final PackedLine PACKED = new PackedLine(BUCKET_SHIFT + BUCKET_BITS);

    private final AccountingViews views;

    LedgerScan(AccountingViews views) {
        this.views = views;
    }

    /**
     * Per line: side (0 debit, 1 credit, 2 anything else) + the balance rule, treasury account and
     * third party flags + the revenue bucket + 1 (0: none), packed with the amount
     * ({@link PackedLine}); then the account, the third party and the amount, each read only when
     * the flags need it.
     */
    SqlQuery query(TreasuryAccounts treasury) {
        if (views.periods.buckets.size() >= (1 << BUCKET_BITS) - 1) {
            throw new IllegalStateException("too many period buckets: " + views.periods.buckets.size());
        }
        DateColumn date = DateColumn.ledger("x");
        SqlQuery q = new SqlQuery().sql("SELECT (CASE WHEN x.EC_Sens = 0 THEN 0 WHEN x.EC_Sens = 1 THEN 1 ELSE 2 END)"
                + " + (CASE WHEN ");
        views.balanceDates(q, date);
        q.sql(" THEN " + BALANCE + " ELSE 0 END) + (CASE WHEN ");
        treasury.condition(q, "x.CG_Num");
        q.sql(" THEN " + TREASURY + " ELSE 0 END) + (CASE WHEN ");
        views.thirdPartyAccount(q);
        q.sql(" THEN " + PARTY + " ELSE 0 END) + " + (1 << BUCKET_SHIFT) + " * (CASE WHEN ");
        views.revenueAccount(q);
        q.sql(" AND ");
        date.within(q, views.periods.rangeStart(), views.periods.rangeEnd());
        q.sql(" THEN 1 + ");
        date.bucketOf(q, views.periods.buckets);
        q.sql(" ELSE 0 END) + ");
        PACKED.amount(q, "x.EC_Montant").sql(", x.CG_Num, x.CT_Num, x.EC_Montant FROM F_ECRITUREC x WHERE ");
        // Nothing after the as-of day counts anywhere: a cheap bound on the month column first.
        q.sql("x.JM_Date < ").day(views.periods.dayAfter.withDayOfMonth(1).plusMonths(1)).sql(" AND (");
        treasury.condition(q, "x.CG_Num");
        q.sql(" OR ");
        views.thirdPartyAccount(q);
        q.sql(" OR ");
        views.revenueAccount(q);
        // The journal test looks each line up in a list: last, on the lines the accounts kept.
        return q.sql(") AND ").sql(AccountingViews.REAL_JOURNAL);
    }

    Map<ViewId, ViewValue> compute() throws SQLException {
        TreasuryAccounts treasury = views.treasuryAccounts();
        int buckets = views.periods.buckets.size();
        long[] revenue = new long[buckets];
        boolean[] revenueLines = new boolean[buckets];
        Map<String, long[]> cash = new TreeMap<>();
        Map<String, long[]> parties = new HashMap<>();
        try (PreparedStatement st = query(treasury).prepare(views.connection, views.binding);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long line = rs.getLong(1);
                int flags = PACKED.flags(line);
                long amount = PACKED.micros(line, rs, 4);
                int side = flags & SIDE;
                int bucket = ((flags >> BUCKET_SHIFT) & ((1 << BUCKET_BITS) - 1)) - 1;
                if (bucket >= 0) {
                    // Credit − debit, as the grouped query's CASE: only a credit line counts positive.
                    revenue[bucket] += side == 1 ? amount : -amount;
                    revenueLines[bucket] = true;
                }
                if ((flags & BALANCE) == 0) {
                    continue;
                }
                long debitMinusCredit = side == 0 ? amount : -amount;
                if ((flags & TREASURY) != 0) {
                    cash.computeIfAbsent(rs.getString(2).trim(), k -> new long[1])[0] += debitMinusCredit;
                }
                if ((flags & PARTY) != 0) {
                    parties.computeIfAbsent(rs.getString(3).trim(), k -> new long[1])[0] += debitMinusCredit;
                }
            }
        }
        Map<Integer, BigDecimal> byBucket = new HashMap<>();
        for (int b = 0; b < buckets; b++) {
            if (revenueLines[b]) {
                byBucket.put(b, Amounts.ofMicros(revenue[b]));
            }
        }
        Map<String, BigDecimal> cashBalances = new TreeMap<>();
        cash.forEach((account, sum) -> cashBalances.put(account, Amounts.ofMicros(sum[0])));
        Map<String, BigDecimal> partyBalances = new HashMap<>();
        parties.forEach((party, sum) -> partyBalances.put(party, Amounts.ofMicros(sum[0])));
        Map<ViewId, ViewValue> result = new java.util.EnumMap<>(ViewId.class);
        result.put(ViewId.ACCOUNTING_REVENUE, CommercialViews.periodAmounts(views.periods, byBucket));
        result.put(ViewId.CASH_POSITION, views.cashPosition(cashBalances));
        views.outstanding(result, partyBalances);
        return result;
    }
}
