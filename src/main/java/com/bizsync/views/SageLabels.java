package com.bizsync.views;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The small reference tables (third parties, items, families, categories, representatives,
 * accounts) read once, so the big scans need no joins to them and ranking happens in Java.
 */
final class SageLabels {
    /** A third party; {@code group} is what groups customers in the category views (null = none). */
    record ThirdParty(String label, int type, String group) {
    }

    /** An item; {@code group} is what groups items in the family views (null = none). */
    record Item(String label, String group) {
    }

    final Map<String, ThirdParty> thirdParties = new HashMap<>();
    final Map<String, Item> items = new HashMap<>();
    /** Labels of the customer groups (tariff categories by default) and item groups (families). */
    final Map<String, String> itemGroups = new HashMap<>();
    final Map<String, String> customerGroups = new HashMap<>();
    final Map<String, String> reps = new HashMap<>();

    /**
     * The commercial labels, customers grouped by tariff category or by their statistical field
     * {@code customerStatistic}, items by family or by their field {@code itemStatistic} (0 =
     * category, family). A statistical field holds the group's name itself; an empty one puts
     * its customer or item in no group.
     */
    static SageLabels commercial(Connection c, int customerStatistic, int itemStatistic) throws SQLException {
        SageLabels labels = new SageLabels();
        if (customerStatistic == 0) {
            labels.readThirdParties(c);
            read(c, "SELECT cbIndice, CT_Intitule FROM P_CATTARIF",
                    rs -> labels.customerGroups.put(String.valueOf(rs.getInt(1)), text(rs, 2)));
        } else {
            read(c, "SELECT CT_Num, CT_Intitule, CT_Type, " + ExtractionSettings.customerColumn(customerStatistic)
                    + " FROM F_COMPTET", rs -> {
                        String group = text(rs, 4);
                        labels.thirdParties.put(text(rs, 1), new ThirdParty(text(rs, 2), rs.getInt(3),
                                group.isEmpty() ? null : group));
                        if (!group.isEmpty()) {
                            labels.customerGroups.put(group, group);
                        }
                    });
        }
        if (itemStatistic == 0) {
            read(c, "SELECT AR_Ref, AR_Design, FA_CodeFamille FROM F_ARTICLE",
                    rs -> labels.items.put(text(rs, 1), new Item(text(rs, 2), text(rs, 3))));
            read(c, "SELECT FA_CodeFamille, FA_Intitule FROM F_FAMILLE",
                    rs -> labels.itemGroups.put(text(rs, 1), text(rs, 2)));
        } else {
            read(c, "SELECT AR_Ref, AR_Design, " + ExtractionSettings.itemColumn(itemStatistic) + " FROM F_ARTICLE", rs -> {
                String group = text(rs, 3);
                labels.items.put(text(rs, 1), new Item(text(rs, 2), group.isEmpty() ? null : group));
                if (!group.isEmpty()) {
                    labels.itemGroups.put(group, group);
                }
            });
        }
        read(c, "SELECT CO_No, CO_Prenom, CO_Nom FROM F_COLLABORATEUR",
                rs -> labels.reps.put(String.valueOf(rs.getInt(1)), (text(rs, 2) + " " + text(rs, 3)).trim()));
        return labels;
    }

    static SageLabels accounting(Connection c) throws SQLException {
        SageLabels labels = new SageLabels();
        labels.readThirdParties(c);
        return labels;
    }

    private void readThirdParties(Connection c) throws SQLException {
        read(c, "SELECT CT_Num, CT_Intitule, CT_Type, N_CatTarif FROM F_COMPTET",
                rs -> thirdParties.put(text(rs, 1), new ThirdParty(text(rs, 2), rs.getInt(3), String.valueOf(rs.getInt(4)))));
    }

    /** Account labels of F_COMPTEG. */
    static Map<String, String> accounts(Connection c) throws SQLException {
        Map<String, String> accounts = new HashMap<>();
        read(c, "SELECT CG_Num, CG_Intitule FROM F_COMPTEG", rs -> accounts.put(text(rs, 1), text(rs, 2)));
        return accounts;
    }

    interface RowReader {
        void accept(ResultSet rs) throws SQLException;
    }

    static void read(Connection c, String sql, RowReader reader) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                reader.accept(rs);
            }
        }
    }

    /** Sage text columns may be NULL and padded: compare and show them trimmed. */
    static String text(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? "" : s.trim();
    }
}
