package com.bizsync.views;

import com.bizsync.i18n.UserError;
import com.bizsync.views.ViewId.Domain;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sage tables and columns the views read. Checking them first turns "no such column" deep
 * inside a query into one sentence naming what is missing.
 */
public final class SageSchema {
    private static final Logger LOG = LoggerFactory.getLogger(SageSchema.class);

    private static final Map<String, List<String>> COMMON = tables(
            "P_DOSSIER", "D_RaisonSoc D_DebutExo01 D_FinExo01 D_DebutExo02 D_FinExo02 D_DebutExo03 D_FinExo03"
                    + " D_DebutExo04 D_FinExo04 D_DebutExo05 D_FinExo05 N_DeviseCompte",
            "P_DEVISE", "cbIndice",
            "F_COMPTET", "CT_Num CT_Intitule CT_Type N_CatTarif");

    private static final Map<String, List<String>> COMMERCIAL = tables(
            "F_DOCENTETE", "DO_Domaine DO_Type DO_Piece DO_Date DO_Tiers CO_No DO_Provenance DO_Cloture",
            "F_DOCLIGNE", "DO_Domaine DO_Type DO_Piece AR_Ref DL_MontantHT DL_Valorise DL_PieceBC DL_DateBC",
            "P_CATTARIF", "cbIndice CT_Intitule",
            "F_ARTICLE", "AR_Ref AR_Design FA_CodeFamille",
            "F_FAMILLE", "FA_CodeFamille FA_Intitule",
            "F_COLLABORATEUR", "CO_No CO_Nom CO_Prenom");

    private static final Map<String, List<String>> ACCOUNTING = tables(
            "F_ECRITUREC", "JO_Num JM_Date EC_Jour CG_Num CT_Num EC_Sens EC_Montant EC_ANType EC_Norme",
            "F_JOURNAUX", "JO_Num JO_Type CG_Num",
            "F_COMPTEG", "CG_Num CG_Intitule");

    private SageSchema() {
    }

    private static Map<String, List<String>> tables(String... tableAndColumns) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < tableAndColumns.length; i += 2) {
            map.put(tableAndColumns[i], List.of(tableAndColumns[i + 1].split(" ")));
        }
        return map;
    }

    /** The tables (with their columns) the views of these domains need. */
    public static Map<String, List<String>> required(Collection<Domain> domains) {
        Map<String, List<String>> all = new LinkedHashMap<>(COMMON);
        if (domains.contains(Domain.COMMERCIAL)) {
            all.putAll(COMMERCIAL);
        }
        if (domains.contains(Domain.ACCOUNTING)) {
            all.putAll(ACCOUNTING);
        }
        return all;
    }

    /**
     * Fails with a sentence naming the first missing table or column; a database that has none
     * of the Sage tables is reported as not being a Sage database at all.
     */
    public static void verify(Connection connection, Collection<Domain> domains, String databaseName) {
        verify(connection, domains, databaseName, Map.of());
    }

    /** The same, with columns an option reads added to tables the domains already need. */
    public static void verify(Connection connection, Collection<Domain> domains, String databaseName,
                              Map<String, List<String>> optionColumns) {
        Map<String, List<String>> required = new LinkedHashMap<>(required(domains));
        optionColumns.forEach((table, columns) -> required.computeIfPresent(table, (t, needed) -> {
            List<String> all = new ArrayList<>(needed);
            all.addAll(columns);
            return all;
        }));
        List<String> missingTables = new ArrayList<>();
        for (Map.Entry<String, List<String>> table : required.entrySet()) {
            Set<String> columns = columnsOf(connection, table.getKey());
            if (columns == null) {
                missingTables.add(table.getKey());
                continue;
            }
            for (String column : table.getValue()) {
                if (!columns.contains(column.toUpperCase(Locale.ROOT))) {
                    throw new UserError("source.missingColumn", databaseName, table.getKey(), column);
                }
            }
        }
        if (missingTables.size() == required.size()) {
            throw new UserError("source.notSage", databaseName);
        }
        if (!missingTables.isEmpty()) {
            throw new UserError("source.missingTable", databaseName, missingTables.get(0));
        }
    }

    /** Upper-cased column names of a table, or null when the table does not exist. */
    private static Set<String> columnsOf(Connection connection, String table) {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            Set<String> names = new TreeSet<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                names.add(md.getColumnName(i).toUpperCase(Locale.ROOT));
            }
            return names;
        } catch (SQLException e) {
            LOG.debug("Table {} not readable", table, e);
            return null;
        }
    }
}
