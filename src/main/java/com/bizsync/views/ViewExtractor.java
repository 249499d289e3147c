package com.bizsync.views;

import com.bizsync.i18n.UserError;
import com.bizsync.views.ViewId.Domain;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts every view of VIEWS.md from a company's accounting and commercial databases (either
 * may be null: its views are then absent; both may be the same connection).
 */
public final class ViewExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(ViewExtractor.class);

    private ViewExtractor() {
    }

    public static Extraction extract(Connection accounting, Connection commercial, ExtractOptions options) {
        if (accounting == null && commercial == null) {
            throw new IllegalArgumentException("no database to extract from");
        }
        verify(accounting, commercial, groupColumns(options));
        Connection parameters = accounting != null ? accounting : commercial;
        String parametersName = nameOf(parameters);
        try {
            CompanyFile company = CompanyFile.read(parameters, parametersName);
            FiscalYear current = company.currentAt(options.asOf(), parametersName);
            Periods periods = new Periods(options.asOf(), current, company.oldest());
            Map<ViewId, ViewValue> views = new EnumMap<>(ViewId.class);
            ViewsQuery commercialViews = c -> new CommercialViews(c, SqlQuery.DateBinding.of(c), periods, options)
                    .compute();
            ViewsQuery accountingViews = c -> new AccountingViews(c, SqlQuery.DateBinding.of(c), periods, options)
                    .compute();
            if (commercial != null && accounting != null && commercial != accounting) {
                // Two connections: the document lines and the ledger are read at the same time.
                FutureTask<Map<ViewId, ViewValue>> lines = new FutureTask<>(() -> run(commercial, commercialViews));
                Thread thread = new Thread(lines, "bizsync-commercial-views");
                thread.setDaemon(true);
                thread.start();
                // Both finish before returning, so the caller never closes a connection still read.
                RuntimeException failure = null;
                try {
                    views.putAll(run(accounting, accountingViews));
                } catch (RuntimeException e) {
                    failure = e;
                }
                try {
                    views.putAll(join(lines));
                } catch (RuntimeException e) {
                    failure = failure != null ? failure : e;
                }
                if (failure != null) {
                    throw failure;
                }
            } else {
                if (commercial != null) {
                    views.putAll(run(commercial, commercialViews));
                }
                if (accounting != null) {
                    views.putAll(run(accounting, accountingViews));
                }
            }
            return new Extraction(options.asOf(), company.name(), company.currency(), current, views);
        } catch (SQLException e) {
            LOG.warn("Reading the company parameters of {} failed", parametersName, e);
            throw new UserError(e, "views.readFailed", parametersName);
        }
    }

    /**
     * A company's parameters without its views: name, accounting currency and the fiscal year
     * current on {@code asOf}, read from P_DOSSIER only (what a family's rule compares).
     */
    public static Extraction parameters(Connection connection, java.time.LocalDate asOf) {
        String name = nameOf(connection);
        SageSchema.verify(connection, EnumSet.noneOf(Domain.class), name);
        try {
            CompanyFile company = CompanyFile.read(connection, name);
            return new Extraction(asOf, company.name(), company.currency(), company.currentAt(asOf, name), Map.of());
        } catch (SQLException e) {
            LOG.warn("Reading the company parameters of {} failed", name, e);
            throw new UserError(e, "views.readFailed", name);
        }
    }

    private static Map<ViewId, ViewValue> join(FutureTask<Map<ViewId, ViewValue>> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private interface ViewsQuery {
        Map<ViewId, ViewValue> run(Connection connection) throws SQLException;
    }

    private static Map<ViewId, ViewValue> run(Connection connection, ViewsQuery query) {
        try {
            return query.run(connection);
        } catch (SQLException e) {
            String name = nameOf(connection);
            LOG.warn("Extraction from {} failed", name, e);
            throw new UserError(e, "views.readFailed", name);
        }
    }

    /** The statistical fields the chosen groups read, checked with the other columns. */
    private static Map<String, List<String>> groupColumns(ExtractOptions options) {
        Map<String, List<String>> columns = new HashMap<>();
        if (options.customerStatistic() > 0) {
            columns.put("F_COMPTET", List.of(ExtractionSettings.customerColumn(options.customerStatistic())));
        }
        if (options.itemStatistic() > 0) {
            columns.put("F_ARTICLE", List.of(ExtractionSettings.itemColumn(options.itemStatistic())));
        }
        return columns;
    }

    private static void verify(Connection accounting, Connection commercial, Map<String, List<String>> groupColumns) {
        if (accounting != null && accounting == commercial) {
            SageSchema.verify(accounting, EnumSet.allOf(Domain.class), nameOf(accounting), groupColumns);
            return;
        }
        if (accounting != null) {
            SageSchema.verify(accounting, EnumSet.of(Domain.ACCOUNTING), nameOf(accounting));
        }
        if (commercial != null) {
            SageSchema.verify(commercial, EnumSet.of(Domain.COMMERCIAL), nameOf(commercial), groupColumns);
        }
    }

    /** A name the user recognises: the SQLite file, else the SQL Server catalog. */
    static String nameOf(Connection connection) {
        try {
            String url = connection.getMetaData().getURL();
            if (url != null && url.startsWith("jdbc:sqlite:")) {
                return url.substring("jdbc:sqlite:".length());
            }
            String catalog = connection.getCatalog();
            return catalog != null && !catalog.isBlank() ? catalog : String.valueOf(url);
        } catch (SQLException e) {
            return "?";
        }
    }
}
