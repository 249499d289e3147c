package com.bizsync.engine;

import com.bizsync.i18n.Sentence;
import com.bizsync.i18n.UserError;
import com.bizsync.settings.Company;
import com.bizsync.settings.DatabaseLogin;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** Connects to a company's accounting and commercial databases and says which one failed and why. */
final class DatabaseTester {
    private final DatabaseLogin login;

    DatabaseTester(DatabaseLogin login) {
        this.login = login;
    }

    /** @return the success sentence; throws the failure sentence naming the database */
    Sentence test(Company company) {
        List<Sentence> reached = new ArrayList<>();
        check(company, company.accountingDatabase(), "engine.database.accounting", reached);
        check(company, company.commercialDatabase(), "engine.database.commercial", reached);
        if (reached.isEmpty()) {
            throw new UserError("engine.noDatabase", company.code());
        }
        return Sentence.of("engine.databasesOk", reached);
    }

    private void check(Company company, String reference, String kindKey, List<Sentence> reached) {
        if (SnapshotBuilder.blank(reference)) {
            return;
        }
        Sentence named = Sentence.of(kindKey, reference);
        try {
            Connection connection = SnapshotBuilder.openDatabase(login, reference);
            SnapshotBuilder.closeQuietly(connection);
        } catch (UserError e) {
            throw new UserError(e, "engine.databaseFailed", named, e);
        }
        reached.add(named);
    }
}
