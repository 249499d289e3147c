package com.bizsync.engine;

import com.bizsync.i18n.Sentence;
import com.bizsync.i18n.UserError;
import com.bizsync.settings.Company;
import com.bizsync.settings.DatabaseLogin;
import com.bizsync.views.ViewId.Domain;
import java.util.ArrayList;
import java.util.List;

/**
 * Connects to a company's accounting and commercial databases, checks they are Sage company
 * databases, and says which one failed and why; or logs in to the SQL Server of a login.
 */
final class DatabaseTester {
    private final DatabaseLogin login;

    DatabaseTester(DatabaseLogin login) {
        this.login = login;
    }

    /** @return the success sentence; throws the failure sentence naming the database */
    Sentence test(Company company) {
        List<Sentence> reached = new ArrayList<>();
        check(company.accountingDatabase(), Domain.ACCOUNTING, "engine.database.accounting", reached);
        check(company.commercialDatabase(), Domain.COMMERCIAL, "engine.database.commercial", reached);
        if (reached.isEmpty()) {
            throw new UserError("engine.noDatabase", company.code());
        }
        return Sentence.of("engine.databasesOk", reached);
    }

    /** Contacts the server itself (no company yet, or only demo files): the login is what is tested. */
    Sentence testServer() {
        SnapshotBuilder.reachServer(login);
        return Sentence.of("engine.serverOk", serverName(), login.user());
    }

    private String serverName() {
        String name = login.host().trim();
        if (login.port() != null) {
            return name + ":" + login.port();
        }
        String instance = login.instance() == null ? "" : login.instance().trim();
        return instance.isEmpty() ? name : name + "\\" + instance;
    }

    private void check(String reference, Domain domain, String kindKey, List<Sentence> reached) {
        if (SnapshotBuilder.blank(reference)) {
            return;
        }
        Sentence named = Sentence.of(kindKey, reference);
        try {
            SnapshotBuilder.verifyDatabase(login, reference, domain);
        } catch (UserError e) {
            throw new UserError(e, "engine.databaseFailed", named, e);
        }
        reached.add(named);
    }
}
