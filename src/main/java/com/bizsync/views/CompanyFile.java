package com.bizsync.views;

import com.bizsync.i18n.UserError;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The company parameters of P_DOSSIER: name, accounting currency and the five fiscal-year slots. */
record CompanyFile(String name, String currency, List<FiscalYear> fiscalYears) {
    private static final Logger LOG = LoggerFactory.getLogger(CompanyFile.class);
    /** Sage writes 1900-01-01 or 1753-01-01 in unused date slots. */
    private static final LocalDate FIRST_REAL_DAY = LocalDate.of(1901, 1, 1);
    private static final String DEFAULT_CURRENCY = "EUR";

    static CompanyFile read(Connection c, String databaseName) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT D_RaisonSoc, N_DeviseCompte");
        for (int i = 1; i <= 5; i++) {
            sql.append(", D_DebutExo0").append(i).append(", D_FinExo0").append(i);
        }
        sql.append(" FROM P_DOSSIER");
        String name;
        int currencyIndex;
        List<FiscalYear> years = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql.toString()); ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                throw new UserError("views.noFiscalYear", databaseName);
            }
            name = SageLabels.text(rs, 1);
            currencyIndex = rs.getInt(2);
            for (int i = 0; i < 5; i++) {
                Optional<LocalDate> start = day(rs.getObject(3 + 2 * i));
                Optional<LocalDate> end = day(rs.getObject(4 + 2 * i));
                if (start.isPresent() && end.isPresent() && !end.get().isBefore(start.get())) {
                    years.add(new FiscalYear(start.get(), end.get()));
                }
            }
        }
        if (years.isEmpty()) {
            throw new UserError("views.noFiscalYear", databaseName);
        }
        return new CompanyFile(name, currency(c, currencyIndex), years);
    }

    private static String currency(Connection c, int index) throws SQLException {
        if (index <= 0) {
            return DEFAULT_CURRENCY;
        }
        try (PreparedStatement st = c.prepareStatement("SELECT D_CodeISO FROM P_DEVISE WHERE cbIndice = ?")) {
            st.setInt(1, index);
            try (ResultSet rs = st.executeQuery()) {
                String iso = rs.next() ? SageLabels.text(rs, 1) : "";
                return iso.isEmpty() ? DEFAULT_CURRENCY : iso;
            }
        } catch (SQLException e) {
            // Older Sage versions have no ISO code column: their accounting currency is the euro.
            LOG.warn("P_DEVISE.D_CodeISO unreadable, currency taken as {}", DEFAULT_CURRENCY, e);
            return DEFAULT_CURRENCY;
        }
    }

    /** A slot date as stored: a datetime on SQL Server, text in SQLite files; empty slots give none. */
    static Optional<LocalDate> day(Object value) {
        LocalDate day = null;
        if (value instanceof Timestamp ts) {
            day = ts.toLocalDateTime().toLocalDate();
        } else if (value instanceof java.sql.Date d) {
            day = d.toLocalDate();
        } else if (value instanceof LocalDateTime ldt) {
            day = ldt.toLocalDate();
        } else if (value instanceof LocalDate ld) {
            day = ld;
        } else if (value instanceof Number millis) {
            day = LocalDate.ofInstant(Instant.ofEpochMilli(millis.longValue()), ZoneOffset.UTC);
        } else if (value instanceof String text && text.trim().length() >= 10) {
            try {
                day = LocalDate.parse(text.trim().substring(0, 10));
            } catch (DateTimeParseException e) {
                LOG.warn("Unreadable fiscal year date '{}' ignored", text);
            }
        }
        return day == null || day.isBefore(FIRST_REAL_DAY) ? Optional.empty() : Optional.of(day);
    }

    /**
     * The slot containing the day; if none, the latest one starting on or before it (VIEWS.md).
     */
    FiscalYear currentAt(LocalDate asOf, String databaseName) {
        return fiscalYears.stream().filter(y -> y.contains(asOf)).max(Comparator.comparing(FiscalYear::start))
                .or(() -> fiscalYears.stream().filter(y -> !y.start().isAfter(asOf))
                        .max(Comparator.comparing(FiscalYear::start)))
                .orElseThrow(() -> new UserError("views.noFiscalYearAt", databaseName, asOf));
    }

    FiscalYear oldest() {
        return fiscalYears.stream().min(Comparator.comparing(FiscalYear::start)).orElseThrow();
    }
}
