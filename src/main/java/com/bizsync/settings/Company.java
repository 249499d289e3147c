package com.bizsync.settings;

import com.bizsync.source.SourceSpec;
import com.bizsync.views.ExtractionSettings;
import com.bizsync.views.ViewId;
import java.util.Collection;
import java.util.Set;

/**
 * A Sage company as registered in BizSync. The database references are a catalog name on the
 * configured SQL Server, a JDBC URL, or a SQLite file path (the demo); either may be blank.
 * {@code toExtract} is the original's « À extraire »: "publish all" and the schedule take only
 * the companies that have it (a new company has it). {@code extraction} holds its extraction
 * options (the original's « Paramètres »; {@link ExtractionSettings#DEFAULTS} keep the usual figures).
 */
public record Company(String code, String name, String accountingDatabase, String commercialDatabase,
                      Set<ViewId> views, boolean toExtract, ExtractionSettings extraction) {
    public Company {
        views = Set.copyOf(views);
        extraction = extraction == null ? ExtractionSettings.DEFAULTS : extraction;
    }

    /** A company with the default extraction options. */
    public Company(String code, String name, String accountingDatabase, String commercialDatabase,
                   Set<ViewId> views, boolean toExtract) {
        this(code, name, accountingDatabase, commercialDatabase, views, toExtract, ExtractionSettings.DEFAULTS);
    }

    /** A company to extract. */
    public Company(String code, String name, String accountingDatabase, String commercialDatabase, Set<ViewId> views) {
        this(code, name, accountingDatabase, commercialDatabase, views, true);
    }

    /** Whether one of the company's databases is on SQL Server (needs the login). */
    public boolean needsServerLogin() {
        return SourceSpec.needsServerLogin(accountingDatabase) || SourceSpec.needsServerLogin(commercialDatabase);
    }

    /**
     * Whether a SQL Server login is needed: when a company reads SQL Server, or when no company
     * is registered yet (a new installation is presumed to be on SQL Server). Companies that are
     * all demo files need none.
     */
    public static boolean serverLoginNeeded(Collection<Company> companies) {
        return companies.isEmpty() || companies.stream().anyMatch(Company::needsServerLogin);
    }

    /** The same company publishing these views (its options kept). */
    public Company withViews(Set<ViewId> published) {
        return new Company(code, name, accountingDatabase, commercialDatabase, published, toExtract, extraction);
    }

    public Company withToExtract(boolean extract) {
        return new Company(code, name, accountingDatabase, commercialDatabase, views, extract, extraction);
    }
}
