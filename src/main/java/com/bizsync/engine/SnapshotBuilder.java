package com.bizsync.engine;

import com.bizsync.i18n.UserError;
import com.bizsync.settings.Company;
import com.bizsync.settings.DatabaseLogin;
import com.bizsync.settings.Family;
import com.bizsync.source.SourceConnector;
import com.bizsync.source.SourceSpec;
import com.bizsync.views.ExtractOptions;
import com.bizsync.views.Extraction;
import com.bizsync.views.FamilyConsolidator;
import com.bizsync.views.SageSchema;
import com.bizsync.views.ViewExtractor;
import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the publication of a company or family: opens its databases, extracts the views
 * (VIEWS.md), keeps the views it publishes and puts the name from the settings under
 * {@code company.name}. The only engine class that talks to the source and views packages.
 */
final class SnapshotBuilder {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SnapshotBuilder.class);
    private final DatabaseLogin login;
    private final ExtractOptions options;

    SnapshotBuilder(DatabaseLogin login, LocalDate asOf, List<String> revenuePrefixes) {
        this.login = login;
        this.options = new ExtractOptions(asOf, revenuePrefixes);
    }

    ObjectNode company(Company company, Steps steps) {
        checkPublishable(company.code(), company.views());
        Extraction extraction = extract(company, steps);
        return named(extraction.restrictTo(company.views()), company.name());
    }

    ObjectNode family(Family family, List<Company> members, Steps steps) {
        checkPublishable(family.code(), family.views());
        if (members.isEmpty()) {
            throw new UserError("engine.familyEmpty", family.code());
        }
        List<Extraction> extractions = new ArrayList<>();
        for (Company member : members) {
            extractions.add(extract(member, steps));
        }
        Extraction consolidated = FamilyConsolidator.consolidate(family.name(), extractions);
        return named(consolidated.restrictTo(family.views()), family.name());
    }

    /**
     * Refuses a family whose companies could not be consolidated (different fiscal years or
     * currencies), reading only each member's parameters: the rule of the publication, at save time.
     */
    void checkConsolidable(Family family, List<Company> members) {
        List<Extraction> parameters = new ArrayList<>();
        for (Company member : members) {
            String reference = blank(member.accountingDatabase()) ? member.commercialDatabase()
                    : member.accountingDatabase();
            if (blank(reference)) {
                throw new UserError("engine.noDatabase", member.code());
            }
            Connection connection = open(reference);
            try {
                // Named as in the settings, which is how the administrator knows the company.
                parameters.add(ViewExtractor.parameters(connection, options.asOf()).withCompanyName(member.name()));
            } finally {
                closeQuietly(connection);
            }
        }
        FamilyConsolidator.requireConsolidable(family.name(), parameters);
    }

    private static void checkPublishable(String code, Set<ViewId> views) {
        if (views.isEmpty()) {
            throw new UserError("engine.noViews", code);
        }
    }

    private Extraction extract(Company company, Steps steps) {
        if (blank(company.accountingDatabase()) && blank(company.commercialDatabase())) {
            throw new UserError("engine.noDatabase", company.code());
        }
        steps.enter(Steps.Step.CONNECTING);
        Connection accounting = open(company.accountingDatabase());
        Connection commercial = null;
        try {
            commercial = open(company.commercialDatabase());
            steps.enter(Steps.Step.EXTRACTING);
            // The company's own options (docs/views.md), the general revenue prefixes unless it has some.
            return ViewExtractor.extract(accounting, commercial, options.with(company.extraction()));
        } finally {
            closeQuietly(accounting);
            closeQuietly(commercial);
        }
    }

    /** A read-only connection that fails to close has nothing left to lose: log it only. */
    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing a company database failed", e);
        }
    }

    private Connection open(String reference) {
        return openDatabase(login, reference);
    }

    /** Opens one database, or returns null when the company has none for that domain. */
    static Connection openDatabase(DatabaseLogin login, String reference) {
        return blank(reference) ? null : SourceConnector.open(SourceSpec.forDatabase(login, reference));
    }

    /** Opens one database and checks it has the Sage tables of that domain's views. */
    static void verifyDatabase(DatabaseLogin login, String reference, ViewId.Domain domain) {
        Connection connection = openDatabase(login, reference);
        try {
            SageSchema.verify(connection, EnumSet.of(domain), reference);
        } finally {
            closeQuietly(connection);
        }
    }

    /** Whether the company reads a SQL Server database (the source's one rule). */
    static boolean readsServer(Company company) {
        return company.needsServerLogin();
    }

    /** Logs in to the login's SQL Server itself, without any company database. */
    static void reachServer(DatabaseLogin login) {
        closeQuietly(SourceConnector.open(SourceSpec.forServer(login)));
    }

    private static ObjectNode named(Extraction extraction, String name) {
        return extraction.withCompanyName(name).toJson();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
