package com.bizsync.views;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The accounts of the cash position: a list of account numbers (the treasury journals'), or
 * every ledger account matching a rule (account prefixes; class 5 except 58 when no treasury
 * journal has an account).
 */
final class TreasuryAccounts {
    private final List<String> accounts;
    private final List<String> prefixes;
    private final List<String> excludedPrefixes;

    private TreasuryAccounts(List<String> accounts, List<String> prefixes, List<String> excludedPrefixes) {
        this.accounts = accounts;
        this.prefixes = prefixes;
        this.excludedPrefixes = excludedPrefixes;
    }

    static TreasuryAccounts listed(List<String> accounts) {
        return new TreasuryAccounts(List.copyOf(accounts), null, List.of());
    }

    static TreasuryAccounts matching(List<String> prefixes, List<String> excludedPrefixes) {
        return new TreasuryAccounts(null, List.copyOf(prefixes), List.copyOf(excludedPrefixes));
    }

    /** Appends a condition true when {@code column} is one of these accounts. */
    void condition(SqlQuery q, String column) {
        if (accounts != null) {
            if (accounts.isEmpty()) {
                q.sql("1 = 0");
                return;
            }
            q.sql(column).sql(" IN (");
            for (int i = 0; i < accounts.size(); i++) {
                q.sql(i == 0 ? "" : ", ").value(accounts.get(i));
            }
            q.sql(")");
            return;
        }
        q.sql("((");
        for (int i = 0; i < prefixes.size(); i++) {
            q.sql(i == 0 ? "" : " OR ");
            Prefix.condition(q, column, prefixes.get(i));
        }
        q.sql(")");
        for (String excluded : excludedPrefixes) {
            q.sql(" AND ").sql(column).sql(" NOT LIKE ").value(excluded + "%");
        }
        q.sql(")");
    }

    /** The account numbers themselves, looked up in the ledger when given by a rule. */
    List<String> resolve(Connection connection, SqlQuery.DateBinding binding) throws SQLException {
        if (accounts != null) {
            return accounts;
        }
        SqlQuery q = new SqlQuery().sql("SELECT DISTINCT x.CG_Num FROM F_ECRITUREC x WHERE ");
        condition(q, "x.CG_Num");
        TreeSet<String> found = new TreeSet<>();
        try (PreparedStatement st = q.prepare(connection, binding); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                found.add(SageLabels.text(rs, 1));
            }
        }
        return new ArrayList<>(found);
    }
}
