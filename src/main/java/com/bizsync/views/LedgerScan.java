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
    private final AccountingViews views;

    LedgerScan(AccountingViews views) {
        this.views = views;
    }

    /**
     * Per line, few columns (each costs a native call per row): flags = side + 3 × (balance rule
     * counts it) + 6 × (revenue bucket + 1), where side is 0 debit, 1 credit, 2 anything else;
     * the amount; the treasury account or NULL; the third party of a class 4 account or NULL.
     */
    SqlQuery query(TreasuryAccounts treasury) {
        DateColumn date = DateColumn.ledger("x");
        SqlQuery q = new SqlQuery().sql("SELECT (CASE WHEN x.EC_Sens = 0 THEN 0 WHEN x.EC_Sens = 1 THEN 1 ELSE 2 END)"
                + " + (CASE WHEN ");
        views.balanceDates(q, date);
        q.sql(" THEN 3 ELSE 0 END) + 6 * (CASE WHEN ");
        views.revenueAccount(q);
        q.sql(" AND ");
        date.within(q, views.periods.rangeStart(), views.periods.rangeEnd());
        q.sql(" THEN 1 + ");
        date.bucketOf(q, views.periods.buckets);
        q.sql(" ELSE 0 END), x.EC_Montant, CASE WHEN ");
        treasury.condition(q, "x.CG_Num");
        q.sql(" THEN x.CG_Num END, CASE WHEN ");
        views.thirdPartyAccount(q);
        q.sql(" THEN x.CT_Num END FROM F_ECRITUREC x WHERE ").sql(AccountingViews.REAL_JOURNAL).sql(" AND ");
        // Nothing after the as-of day counts anywhere: a cheap bound on the month column first.
        q.sql("x.JM_Date < ").day(views.periods.dayAfter.withDayOfMonth(1).plusMonths(1)).sql(" AND (");
        treasury.condition(q, "x.CG_Num");
        q.sql(" OR ");
        views.thirdPartyAccount(q);
        q.sql(" OR ");
        views.revenueAccount(q);
        return q.sql(")");
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
                int flags = rs.getInt(1);
                int side = flags % 3;
                boolean balance = (flags / 3) % 2 == 1;
                int bucket = flags / 6 - 1;
                long amount = Amounts.micros(rs.getDouble(2));
                if (bucket >= 0) {
                    // Credit − debit, as the grouped query's CASE: only a credit line counts positive.
                    revenue[bucket] += side == 1 ? amount : -amount;
                    revenueLines[bucket] = true;
                }
                if (!balance) {
                    continue;
                }
                long debitMinusCredit = side == 0 ? amount : -amount;
                String account = rs.getString(3);
                if (account != null) {
                    cash.computeIfAbsent(account.trim(), k -> new long[1])[0] += debitMinusCredit;
                }
                String party = rs.getString(4);
                if (party != null) {
                    parties.computeIfAbsent(party.trim(), k -> new long[1])[0] += debitMinusCredit;
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
