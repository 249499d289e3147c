package com.bizsync.source;

import com.bizsync.i18n.UserError;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sage company databases a SQL Server login can read, for the administrator to pick from
 * instead of typing names: the online user databases holding Sage's company parameters
 * (P_DOSSIER) and its documents or ledger (F_DOCENTETE, F_ECRITUREC).
 */
public final class SageDatabases {
    private static final Logger LOG = LoggerFactory.getLogger(SageDatabases.class);
    /** database_id 1 to 4 are master, tempdb, model and msdb; state 0 is ONLINE. */
    private static final String USER_DATABASES =
            "SELECT name FROM sys.databases WHERE state = 0 AND database_id > 4 ORDER BY name";
    private static final String SAGE_TABLES = "SELECT OBJECT_ID('dbo.P_DOSSIER'), OBJECT_ID('dbo.F_DOCENTETE'),"
            + " OBJECT_ID('dbo.F_ECRITUREC')";
    private static final String COMPANY_NAME = "SELECT D_RaisonSoc FROM dbo.P_DOSSIER";

    private SageDatabases() {
    }

    /** Connects with the login (read-only, read uncommitted); its failures are the connection's sentences. */
    public static List<SageDatabase> list(ServerLogin login) {
        SourceSpec server = SourceSpec.forServer(login);
        Connection connection = SourceConnector.open(server);
        try {
            List<SageDatabase> found = new ArrayList<>();
            for (String name : userDatabases(connection, server)) {
                sageDatabase(connection, name).ifPresent(found::add);
            }
            return found;
        } finally {
            SourceConnector.closeQuietly(connection);
        }
    }

    private static List<String> userDatabases(Connection connection, SourceSpec server) {
        List<String> names = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(USER_DATABASES)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            LOG.warn("Cannot list the databases of {}", server.displayName(), e);
            throw new UserError(e, "source.databasesUnreadable", server.displayName(), server.user());
        }
    }

    /** Empty when the login may not enter the database, or it is not a Sage company's. */
    private static Optional<SageDatabase> sageDatabase(Connection connection, String name) {
        try {
            connection.setCatalog(name);
            try (Statement st = connection.createStatement()) {
                try (ResultSet rs = st.executeQuery(SAGE_TABLES)) {
                    if (!rs.next() || rs.getObject(1) == null || (rs.getObject(2) == null && rs.getObject(3) == null)) {
                        return Optional.empty();
                    }
                }
                try (ResultSet rs = st.executeQuery(COMPANY_NAME)) {
                    String company = rs.next() && rs.getString(1) != null ? rs.getString(1).trim() : "";
                    return Optional.of(new SageDatabase(name, company));
                }
            }
        } catch (SQLException e) {
            LOG.info("Database {} skipped: not readable by this login", name, e);
            return Optional.empty();
        }
    }
}
