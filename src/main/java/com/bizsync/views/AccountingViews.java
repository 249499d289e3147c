package com.bizsync.views;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The accounting views, from two scans of the ledger: revenue accounts per period bucket, and
 * balances of third-party and treasury accounts (VIEWS.md balance rule).
 */
final class AccountingViews {
    /** Real journals only: situation journals (JO_Type 4) hold simulations. */
    static final String REAL_JOURNAL =
            "x.JO_Num IN (SELECT j.JO_Num FROM F_JOURNAUX j WHERE j.JO_Type <> 4) AND x.EC_Norme = 0";
    static final String CREDIT_MINUS_DEBIT = "CASE WHEN x.EC_Sens = 1 THEN x.EC_Montant ELSE -x.EC_Montant END";
    static final String DEBIT_MINUS_CREDIT = "CASE WHEN x.EC_Sens = 0 THEN x.EC_Montant ELSE -x.EC_Montant END";

    final Connection connection;
    final SqlQuery.DateBinding binding;
    final Periods periods;
    private final List<String> revenuePrefixes;
    private final List<String> cashPrefixes;

    AccountingViews(Connection connection, SqlQuery.DateBinding binding, Periods periods, ExtractOptions options) {
        this.connection = connection;
        this.binding = binding;
        this.periods = periods;
        this.revenuePrefixes = options.revenuePrefixes();
        this.cashPrefixes = options.cashPrefixes();
    }

    Map<ViewId, ViewValue> compute() throws SQLException {
        if (binding == SqlQuery.DateBinding.TEXT) {
            return new LedgerScan(this).compute();
        }
        // SQL Server aggregates by hashing on the server: three grouped queries.
        Map<ViewId, ViewValue> views = new EnumMap<>(ViewId.class);
        views.put(ViewId.ACCOUNTING_REVENUE, revenue());
        views.put(ViewId.CASH_POSITION, cashPosition());
        outstanding(views);
        return views;
    }

    /** Lines on a revenue account. */
    void revenueAccount(SqlQuery q) {
        q.sql("(");
        for (int i = 0; i < revenuePrefixes.size(); i++) {
            q.sql(i == 0 ? "" : " OR ");
            Prefix.condition(q, "x.CG_Num", revenuePrefixes.get(i));
        }
        q.sql(")");
    }

    /** Lines of a third party on a class 4 account. */
    void thirdPartyAccount(SqlQuery q) {
        q.sql("(");
        Prefix.condition(q, "x.CG_Num", "4");
        q.sql(" AND x.CT_Num IS NOT NULL AND x.CT_Num <> '')");
    }

    /** Credit − debit of revenue accounts per period bucket (GROUP BY on a derived column, portable). */
    SqlQuery revenueQuery() {
        DateColumn date = DateColumn.ledger("x");
        SqlQuery q = new SqlQuery().sql("SELECT s.bucket, SUM(s.amount) FROM (SELECT ");
        date.bucketOf(q, periods.buckets);
        q.sql(" AS bucket, ").sql(CREDIT_MINUS_DEBIT).sql(" AS amount FROM F_ECRITUREC x WHERE ");
        revenueAccount(q);
        q.sql(" AND ").sql(REAL_JOURNAL).sql(" AND ");
        date.within(q, periods.rangeStart(), periods.rangeEnd());
        return q.sql(") s GROUP BY s.bucket");
    }

    private PeriodAmounts revenue() throws SQLException {
        Map<Integer, BigDecimal> byBucket = new HashMap<>();
        try (PreparedStatement st = revenueQuery().prepare(connection, binding); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                byBucket.merge(rs.getInt(1), Amounts.read(rs, 2), BigDecimal::add);
            }
        }
        return CommercialViews.periodAmounts(periods, byBucket);
    }

    /**
     * Treasury accounts: the accounts starting with the company's cash prefixes when it has
     * some; else those of treasury journals; where none has an account, the class 5 accounts
     * used in the ledger except internal transfers (58).
     */
    TreasuryAccounts treasuryAccounts() throws SQLException {
        if (!cashPrefixes.isEmpty()) {
            return TreasuryAccounts.matching(cashPrefixes, List.of());
        }
        Set<String> accounts = new TreeSet<>();
        SageLabels.read(connection, "SELECT CG_Num FROM F_JOURNAUX WHERE JO_Type = 2", rs -> {
            String account = SageLabels.text(rs, 1);
            if (!account.isEmpty()) {
                accounts.add(account);
            }
        });
        if (accounts.isEmpty()) {
            return TreasuryAccounts.matching(List.of("5"), List.of("58"));
        }
        return TreasuryAccounts.listed(new ArrayList<>(accounts));
    }

    /**
     * Debit − credit of each treasury account, then its number of lines, one column per account:
     * the accounts are few, and conditional sums spare the engine a sort of every bank line.
     */
    SqlQuery cashQuery(List<String> accounts) {
        DateColumn date = DateColumn.ledger("x");
        SqlQuery q = new SqlQuery().sql("SELECT ");
        for (int i = 0; i < accounts.size(); i++) {
            q.sql(i == 0 ? "" : ", ").sql("SUM(CASE WHEN x.CG_Num = ").value(accounts.get(i))
                    .sql(" THEN (").sql(DEBIT_MINUS_CREDIT).sql(") ELSE 0 END)");
        }
        for (String account : accounts) {
            q.sql(", SUM(CASE WHEN x.CG_Num = ").value(account).sql(" THEN 1 ELSE 0 END)");
        }
        q.sql(" FROM F_ECRITUREC x WHERE x.CG_Num IN (");
        for (int i = 0; i < accounts.size(); i++) {
            q.sql(i == 0 ? "" : ", ").value(accounts.get(i));
        }
        q.sql(") AND ");
        balanceRule(q, date);
        return q;
    }

    private CashPosition cashPosition() throws SQLException {
        List<String> accounts = treasuryAccounts().resolve(connection, binding);
        Map<String, BigDecimal> balances = new TreeMap<>();
        if (accounts.isEmpty()) {
            return cashPosition(balances);
        }
        try (PreparedStatement st = cashQuery(accounts).prepare(connection, binding); ResultSet rs = st.executeQuery()) {
            rs.next();
            for (int i = 0; i < accounts.size(); i++) {
                // Like a GROUP BY would: an account shows when at least one of its lines counts.
                if (rs.getLong(accounts.size() + i + 1) > 0) {
                    balances.put(accounts.get(i), Amounts.read(rs, i + 1));
                }
            }
        }
        return cashPosition(balances);
    }

    /** The cash position of the accounts that have at least one counted line, with their balances. */
    CashPosition cashPosition(Map<String, BigDecimal> balances) throws SQLException {
        Map<String, String> chart = SageLabels.accounts(connection);
        List<CashRow> rows = new ArrayList<>();
        balances.forEach((account, amount) -> rows.add(new CashRow(account, chart.getOrDefault(account, ""), amount)));
        return new CashPosition(rows);
    }

    /** Debit − credit per third party on class 4 accounts. */
    SqlQuery outstandingQuery() {
        DateColumn date = DateColumn.ledger("x");
        SqlQuery q = new SqlQuery().sql("SELECT x.CT_Num, SUM(").sql(DEBIT_MINUS_CREDIT).sql(") FROM F_ECRITUREC x WHERE ");
        thirdPartyAccount(q);
        q.sql(" AND ");
        balanceRule(q, date);
        return q.sql(" GROUP BY x.CT_Num");
    }

    private void outstanding(Map<ViewId, ViewValue> views) throws SQLException {
        Map<String, BigDecimal> balances = new HashMap<>();
        try (PreparedStatement st = outstandingQuery().prepare(connection, binding); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                balances.merge(SageLabels.text(rs, 1), Amounts.read(rs, 2), BigDecimal::add);
            }
        }
        outstanding(views, balances);
    }

    /** Customer and supplier outstanding from debit − credit per third party. */
    void outstanding(Map<ViewId, ViewValue> views, Map<String, BigDecimal> balances) throws SQLException {
        SageLabels labels = SageLabels.accounting(connection);
        Map<String, BigDecimal> customers = new HashMap<>();
        Map<String, BigDecimal> suppliers = new HashMap<>();
        balances.forEach((thirdParty, debitMinusCredit) -> {
            SageLabels.ThirdParty party = labels.thirdParties.get(thirdParty);
            if (party != null && party.type() == 0) {
                customers.merge(thirdParty, debitMinusCredit, BigDecimal::add);
            } else if (party != null && party.type() == 1) {
                suppliers.merge(thirdParty, debitMinusCredit.negate(), BigDecimal::add);
            }
        });
        Map<String, String> partyLabels = new HashMap<>();
        labels.thirdParties.forEach((code, t) -> partyLabels.put(code, t.label()));
        views.put(ViewId.TOP5_CUSTOMER_OUTSTANDING, positiveTop(customers, partyLabels));
        views.put(ViewId.TOP5_SUPPLIER_OUTSTANDING, positiveTop(suppliers, partyLabels));
    }

    /**
     * VIEWS.md balance rule: real journals, national norm, dated up to the as-of day, every
     * ordinary line and, of the opening lines, only those of the oldest fiscal year.
     */
    private void balanceRule(SqlQuery q, DateColumn date) {
        q.sql(REAL_JOURNAL).sql(" AND ");
        balanceDates(q, date);
    }

    /** The balance rule's dates: up to the as-of day, opening lines of the oldest fiscal year only. */
    void balanceDates(SqlQuery q, DateColumn date) {
        q.sql("(");
        date.before(q, periods.dayAfter);
        q.sql(" AND (x.EC_ANType = 0 OR ");
        date.within(q, periods.oldestFiscalYear.start(), periods.oldestFiscalYear.end().plusDays(1));
        q.sql("))");
    }

    private static TopList positiveTop(Map<String, BigDecimal> balances, Map<String, String> labels) {
        Map<String, BigDecimal> positive = new HashMap<>();
        balances.forEach((code, amount) -> {
            if (Amounts.rounded(amount).signum() > 0) {
                positive.put(code, amount);
            }
        });
        return CommercialViews.GroupSums.topList(positive, labels);
    }
}
