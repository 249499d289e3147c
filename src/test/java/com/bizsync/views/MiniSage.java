package com.bizsync.views;

import com.bizsync.demo.SageDdl;
import com.bizsync.source.SourceConnector;
import com.bizsync.source.SourceSpec;
import com.bizsync.testing.tds.SqliteCopy;
import com.bizsync.testing.tds.TdsEndpoint;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * A small Sage company in a real SQLite file, for one-rule tests: fiscal years 2023 and 2024,
 * two customers (categories 1 and 2, reps 1 and 2), a supplier, two items of one family,
 * journals VTE, BQ1 (512000), RAN, OD and SIT. Tests add the rows their rule needs.
 */
final class MiniSage {
    /**
     * Whether extractions read the file itself (SQLite, as the demo) or the same rows as a customer's
     * SQL Server database: copied into H2 behind the test TDS endpoint, read over jTDS (the *OverTds tests).
     */
    private static final ThreadLocal<Boolean> OVER_TDS = ThreadLocal.withInitial(() -> false);
    private final Path file;
    private int line;
    private int entry;

    MiniSage(Path folder) throws SQLException {
        this(folder, """
                INSERT INTO P_DOSSIER (cbMarq, D_RaisonSoc, D_DebutExo01, D_FinExo01, D_DebutExo02, D_FinExo02, N_DeviseCompte)
                VALUES (1, 'MINI SARL', '2023-01-01 00:00:00', '2023-12-31 00:00:00', '2024-01-01 00:00:00', '2024-12-31 00:00:00', 1);
                """);
    }

    /** With its own P_DOSSIER insert (fiscal-year tests). */
    MiniSage(Path folder, String dossier) throws SQLException {
        file = folder.resolve("mini.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SageDdl.create(c);
            SageDdl.runScript(c, dossier + """
                    INSERT INTO P_DEVISE VALUES (1, 1, 'Euro', 'EUR', 'EUR', '# ##0,00');
                    INSERT INTO P_CATTARIF VALUES (1, 1, 'Détaillants', 0);
                    INSERT INTO P_CATTARIF VALUES (2, 2, 'Grossistes', 0);
                    INSERT INTO F_COLLABORATEUR VALUES (1, 1, 'DUPONT', 'Jean', 1);
                    INSERT INTO F_COLLABORATEUR VALUES (2, 2, 'MARTIN', 'Claire', 1);
                    INSERT INTO F_COMPTET (cbMarq, CT_Num, CT_Intitule, CT_Type, CO_No, N_CatTarif) VALUES
                     (1, 'CL001', 'Client Un', 0, 1, 1), (2, 'CL002', 'Client Deux', 0, 2, 2), (3, 'FR001', 'Fournisseur', 1, 0, 0);
                    INSERT INTO F_FAMILLE VALUES (1, 'FAM', 0, 'Famille');
                    INSERT INTO F_ARTICLE (cbMarq, AR_Ref, AR_Design, FA_CodeFamille) VALUES
                     (1, 'A1', 'Article un', 'FAM'), (2, 'A2', 'Article deux', 'FAM');
                    INSERT INTO F_COMPTEG (cbMarq, CG_Num, CG_Intitule) VALUES
                     (1, '411000', 'Clients'), (2, '401000', 'Fournisseurs'), (3, '512000', 'Banque'),
                     (4, '530000', 'Caisse'), (5, '580000', 'Virements'), (6, '701000', 'Ventes'), (7, '120000', 'Résultat');
                    INSERT INTO F_JOURNAUX (cbMarq, JO_Num, JO_Intitule, JO_Type, CG_Num) VALUES
                     (1, 'VTE', 'Ventes', 1, NULL), (2, 'BQ1', 'Banque', 2, '512000'), (3, 'RAN', 'A nouveaux', 3, NULL),
                     (4, 'OD', 'Divers', 3, NULL), (5, 'SIT', 'Situation', 4, NULL);
                    """);
        }
    }

    static void readOverTds(boolean overTds) {
        OVER_TDS.set(overTds);
    }

    Path file() {
        return file;
    }

    MiniSage sql(String statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SageDdl.runScript(c, statements);
        }
        return this;
    }

    /** A sales document header (DO_Domaine 0). */
    MiniSage header(int type, String piece, String date, String tiers, int rep, int provenance, int closed)
            throws SQLException {
        return sql("INSERT INTO F_DOCENTETE (DO_Domaine, DO_Type, DO_Piece, DO_Date, DO_Tiers, CO_No, DO_Provenance,"
                + " DO_Cloture) VALUES (0, " + type + ", '" + piece + "', '" + date + " 00:00:00', '" + tiers + "', "
                + rep + ", " + provenance + ", " + closed + ");");
    }

    /** A line on a document; {@code itemRef} may be null; origin order piece/date may be empty/null. */
    MiniSage line(int type, String piece, String date, String itemRef, double amount, int valued, String orderPiece,
                  String orderDate) throws SQLException {
        line++;
        return sql("INSERT INTO F_DOCLIGNE (DL_No, DO_Domaine, DO_Type, DO_Piece, DO_Date, AR_Ref, DL_MontantHT,"
                + " DL_Valorise, DL_PieceBC, DL_DateBC) VALUES (" + line + ", 0, " + type + ", '" + piece + "', '" + date
                + " 00:00:00', " + (itemRef == null ? "NULL" : "'" + itemRef + "'") + ", " + amount + ", " + valued
                + ", '" + orderPiece + "', " + (orderDate == null ? "NULL" : "'" + orderDate + " 00:00:00'") + ");");
    }

    /** A one-line invoice (type 6) for CL001, rep 1. */
    MiniSage invoice(String piece, String date, int provenance, String itemRef, double amount) throws SQLException {
        header(6, piece, date, "CL001", 1, provenance, 0);
        return line(6, piece, date, itemRef, amount, 1, "", null);
    }

    /** A ledger line: sens 0 debit, 1 credit; the date is given as JM_Date month start + day. */
    MiniSage ledger(String journal, String monthStart, int day, String account, String thirdParty, int sens,
                    double amount, int anType, int norme) throws SQLException {
        entry++;
        return sql("INSERT INTO F_ECRITUREC (EC_No, JO_Num, JM_Date, EC_Jour, CG_Num, CT_Num, EC_Sens, EC_Montant,"
                + " EC_ANType, EC_Norme) VALUES (" + entry + ", '" + journal + "', '" + monthStart + " 00:00:00', " + day
                + ", '" + account + "', " + (thirdParty == null ? "NULL" : "'" + thirdParty + "'") + ", " + sens + ", "
                + amount + ", " + anType + ", " + norme + ");");
    }

    Extraction extract(LocalDate asOf) throws SQLException {
        return extract(new ExtractOptions(asOf, List.of("70")));
    }

    Extraction extract(ExtractOptions options) throws SQLException {
        if (OVER_TDS.get()) {
            try (TdsEndpoint endpoint = new TdsEndpoint("bizsync_ro", "mini-sage").database("MINI", SqliteCopy.of(file))
                    .start(); Connection c = SourceConnector.open(SourceSpec.forDatabase(endpoint.login(), "MINI"))) {
                return ViewExtractor.extract(c, c, options);
            }
        }
        try (Connection c = SourceConnector.open(SourceSpec.of(file.toString(), null, null))) {
            return ViewExtractor.extract(c, c, options);
        }
    }

    static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
