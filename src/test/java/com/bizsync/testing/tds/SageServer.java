package com.bizsync.testing.tds;

import com.bizsync.demo.SageDdl;

/**
 * A SQL Server with two Sage companies (BIJOU, ORFEV), an accounting-only Sage database
 * (COMPTA_SEULE: no documents table), a database of another application (RH) and a Sage company
 * the login may not enter (PAIE_SA).
 */
public final class SageServer {
    public static final String USER = "bizsync_ro";
    public static final String PASSWORD = "Lecture#2024";

    private SageServer() {
    }

    public static TdsEndpoint withThreeDatabases() {
        return new TdsEndpoint(USER, PASSWORD)
                .database("RH", c -> SageDdl.runScript(c, "CREATE TABLE SALARIES (ID INT, NOM VARCHAR(40));"))
                .database("ORFEV", c -> company(c, "Orfèvrerie du Rhône SAS"))
                .database("BIJOU", c -> company(c, "Bijoux Lumière SARL"))
                .database("PAIE_SA", c -> company(c, "Société fermée à ce login")).deny("PAIE_SA")
                .database("COMPTA_SEULE", c -> {
                    company(c, "Conseil Comptable Dupré");
                    SageDdl.runScript(c, "DROP TABLE F_DOCLIGNE;\nDROP TABLE F_DOCENTETE;");
                });
    }

    private static void company(java.sql.Connection c, String name) throws java.sql.SQLException {
        SageDdl.create(c);
        SageDdl.runScript(c, "INSERT INTO P_DOSSIER (cbMarq, D_RaisonSoc, N_DeviseCompte) VALUES (1, '" + name + "', 1);");
    }
}
