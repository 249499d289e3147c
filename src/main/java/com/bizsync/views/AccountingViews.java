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
    private static final String REAL_JOURNAL =
            "x.JO_Num IN (SELECT j.JO_Num FROM F_JOURNAUX j WHERE j.JO_Type <> 4) AND x.EC_Norme = 0";

    private final Connection connection;
    private final SqlQuery.DateBinding binding;
    private final Periods periods;
    private final List<String> revenuePrefixes;

    AccountingViews(Connection connection, SqlQuery.DateBinding binding, Periods periods, List<String> revenuePrefixes) {
        this.connection = connection;
        this.binding = binding;
        this.periods = periods;
        this.revenuePrefixes = revenuePrefixes;
    }

    Map<ViewId, ViewValue> compute() throws SQLException {
        Map<ViewId, ViewValue> views = new EnumMap<>(ViewId.class);
        views.put(ViewId.ACCOUNTING_REVENUE, revenue());
        balances(views);
        return views;
    }

    SqlQuery revenueQuery() {
        DateColumn date = DateColumn.ledger("x");
        SqlQuery q = new SqlQuery().sql("SELECT s.bucket, SUM(s.amount) FROM (SELECT ");
        date.bucketOf(q, periods.buckets);
        q.sql(" AS bucket, CASE WHEN x.EC_Sens = 1 THEN x.EC_Montant ELSE -x.EC_Montant END AS amount"
                + " FROM F_ECRITUREC x WHERE ").sql(REAL_JOURNAL).sql(" AND (");
        for (int i = 0; i < revenuePrefixes.size(); i++) {
            q.sql(i == 0 ? "" : " OR ").sql("x.CG_Num LIKE ").value(revenuePrefixes.get(i) + "%");
        }
        q.sql(") AND ");
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

    /** Treasury accounts: those of treasury journals, else class 5 without internal transfers (58). */
    private Set<String> treasuryAccounts() throws SQLException {
        Set<String> accounts = new TreeSet<>();
        SageLabels.read(connection, "SELECT CG_Num FROM F_JOURNAUX WHERE JO_Type = 2", rs -> {
            String account = SageLabels.text(rs, 1);
            if (!account.isEmpty()) {
                accounts.add(account);
            }
        });
        return accounts;
    }

    /** Debit − credit per account and third party, for class 4 third parties and treasury accounts. */
    SqlQuery balanceQuery(Set<String> treasury) {
        DateColumn date = DateColumn.ledger("x");
        SqlQuery q = new SqlQuery().sql("SELECT x.CG_Num, x.CT_Num,"
                + " SUM(CASE WHEN x.EC_Sens = 0 THEN x.EC_Montant ELSE -x.EC_Montant END)"
                + " FROM F_ECRITUREC x WHERE ").sql(REAL_JOURNAL).sql(" AND ");
        date.before(q, periods.dayAfter);
        // Opening balances repeat what ordinary lines hold, except those of the oldest fiscal year.
        q.sql(" AND (x.EC_ANType = 0 OR ");
        date.within(q, periods.oldestFiscalYear.start(), periods.oldestFiscalYear.end().plusDays(1));
        q.sql(") AND ((x.CG_Num LIKE '4%' AND x.CT_Num IS NOT NULL AND x.CT_Num <> '') OR ");
        if (treasury.isEmpty()) {
            q.sql("(x.CG_Num LIKE '5%' AND x.CG_Num NOT LIKE '58%')");
        } else {
            q.sql("x.CG_Num IN (");
            int i = 0;
            for (String account : treasury) {
                q.sql(i++ == 0 ? "" : ", ").value(account);
            }
            q.sql(")");
        }
        return q.sql(") GROUP BY x.CG_Num, x.CT_Num");
    }

    private void balances(Map<ViewId, ViewValue> views) throws SQLException {
        Set<String> treasury = treasuryAccounts();
        SageLabels labels = SageLabels.accounting(connection);
        Map<String, String> accountLabels = SageLabels.accounts(connection);
        Map<String, BigDecimal> customers = new HashMap<>();
        Map<String, BigDecimal> suppliers = new HashMap<>();
        Map<String, BigDecimal> cash = new TreeMap<>();
        try (PreparedStatement st = balanceQuery(treasury).prepare(connection, binding); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String account = SageLabels.text(rs, 1);
                String thirdParty = SageLabels.text(rs, 2);
                BigDecimal debitMinusCredit = Amounts.read(rs, 3);
                if (treasury.isEmpty() ? account.startsWith("5") && !account.startsWith("58") : treasury.contains(account)) {
                    cash.merge(account, debitMinusCredit, BigDecimal::add);
                }
                SageLabels.ThirdParty party = labels.thirdParties.get(thirdParty);
                if (account.startsWith("4") && party != null) {
                    if (party.type() == 0) {
                        customers.merge(thirdParty, debitMinusCredit, BigDecimal::add);
                    } else if (party.type() == 1) {
                        suppliers.merge(thirdParty, debitMinusCredit.negate(), BigDecimal::add);
                    }
                }
            }
        }
        Map<String, String> partyLabels = new HashMap<>();
        labels.thirdParties.forEach((code, t) -> partyLabels.put(code, t.label()));
        views.put(ViewId.TOP5_CUSTOMER_OUTSTANDING, positiveTop(customers, partyLabels));
        views.put(ViewId.TOP5_SUPPLIER_OUTSTANDING, positiveTop(suppliers, partyLabels));
        List<CashRow> rows = new ArrayList<>();
        cash.forEach((account, amount) -> rows.add(new CashRow(account, accountLabels.getOrDefault(account, ""), amount)));
        views.put(ViewId.CASH_POSITION, new CashPosition(rows));
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
