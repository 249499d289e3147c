package com.bizsync.source;

/** A Sage company database on a SQL Server: its catalog name and the company name in its P_DOSSIER. */
public record SageDatabase(String name, String companyName) {
}
