package com.bizsync.settings;

import com.bizsync.views.ViewId;
import java.util.Set;

/**
 * A Sage company as registered in BizSync. The database references are a catalog name on the
 * configured SQL Server, a JDBC URL, or a SQLite file path (the demo); either may be blank.
 */
public record Company(String code, String name, String accountingDatabase, String commercialDatabase,
                      Set<ViewId> views) {
    public Company {
        views = Set.copyOf(views);
    }
}
