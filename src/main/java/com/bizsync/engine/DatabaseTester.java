package com.bizsync.engine;

import com.bizsync.i18n.Messages;
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
    String test(Company company) {
        List<String> reached = new ArrayList<>();
        check(company.accountingDatabase(), Domain.ACCOUNTING, "engine.database.accounting", reached);
        check(company.commercialDatabase(), Domain.COMMERCIAL, "engine.database.commercial", reached);
        if (reached.isEmpty()) {
            throw new UserError("engine.noDatabase", company.code());
        }
        return Messages.get("engine.databasesOk", String.join(", ", reached));
    }

    /** Contacts the server itself (no company yet, or only demo files): the login is what is tested. */
    String testServer() {
        SnapshotBuilder.reachServer(login);
        return Messages.get("engine.serverOk", serverName(), login.user());
    }

    private String serverName() {
        String name = login.host().trim();
        if (login.port() != null) {
            return name + ":" + login.port();
        }
        String instance = login.instance() == null ? "" : login.instance().trim();
        return instance.isEmpty() ? name : name + "\\" + instance;
    }

    private void check(String reference, Domain domain, String kindKey, List<String> reached) {
        if (SnapshotBuilder.blank(reference)) {
            return;
        }
        String named = Messages.get(kindKey, reference);
        try {
            SnapshotBuilder.verifyDatabase(login, reference, domain);
        } catch (UserError e) {
            throw new UserError(e, "engine.databaseFailed", named, e.getMessage());
        }
        reached.add(named);
    }
}
