package com.bizsync.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes balanced ledger entries (F_ECRITUREC) in cents, and keeps the real balances at each
 * later fiscal-year start so the opening entries (à-nouveaux) can repeat them.
 */
final class DemoLedger implements AutoCloseable {
    /** One line; exactly one of debit and credit is non-zero. */
    record Line(String account, String thirdParty, long debitCents, long creditCents) {
        static Line debit(String account, String thirdParty, long cents) {
            return new Line(account, thirdParty, cents, 0);
        }

        static Line credit(String account, String thirdParty, long cents) {
            return new Line(account, thirdParty, 0, cents);
        }
    }

    private final Batch lines;
    private final List<LocalDate> laterYearStarts;
    private final List<Map<String, Long>> balancesAtStart = new ArrayList<>();
    private final Map<String, Integer> pieceCounters = new HashMap<>();
    private int entryLineNo;

    DemoLedger(Connection connection, List<LocalDate> fiscalYearStarts) throws SQLException {
        lines = new Batch(connection, "F_ECRITUREC", "cbMarq, EC_No, JO_Num, JM_Date, EC_Jour, EC_Date, EC_Piece,"
                + " EC_RefPiece, CG_Num, CT_Num, EC_Intitule, EC_Sens, EC_Montant, EC_Lettre, EC_ANType, EC_Norme");
        laterYearStarts = fiscalYearStarts.subList(1, fiscalYearStarts.size());
        for (int i = 0; i < laterYearStarts.size(); i++) {
            balancesAtStart.add(new HashMap<>());
        }
    }

    long lineCount() {
        return lines.rows();
    }

    /** An ordinary entry of a real journal. */
    void entry(String journal, LocalDate date, String reference, String label, Line... entryLines) throws SQLException {
        write(journal, date, reference, label, 0, 0, true, entryLines);
    }

    /** An entry that must not count: situation journal or IFRS-only (EC_Norme = 1). */
    void entryNotInBalances(String journal, LocalDate date, String reference, String label, int norme,
                            Line... entryLines) throws SQLException {
        write(journal, date, reference, label, 0, norme, false, entryLines);
    }

    /** Opening entry (EC_ANType = 1); only the oldest year's ones count in balances. */
    void opening(String journal, LocalDate date, String label, boolean oldestYear, Line... entryLines) throws SQLException {
        write(journal, date, "AN", label, 1, 0, oldestYear, entryLines);
    }

    private void write(String journal, LocalDate date, String reference, String label, int anType, int norme,
                       boolean real, Line... entryLines) throws SQLException {
        long balance = 0;
        for (Line l : entryLines) {
            balance += l.debitCents() - l.creditCents();
        }
        if (balance != 0) {
            throw new IllegalStateException("unbalanced demo entry " + journal + " " + date + ": " + balance);
        }
        int pieceNo = pieceCounters.merge(journal, 1, Integer::sum);
        String piece = journal + String.format("%07d", pieceNo);
        String month = DemoDatabaseGenerator.text(date.withDayOfMonth(1));
        String day = DemoDatabaseGenerator.text(date);
        for (Line l : entryLines) {
            if (l.debitCents() == 0 && l.creditCents() == 0) {
                continue;
            }
            entryLineNo++;
            boolean debit = l.debitCents() != 0;
            long cents = debit ? l.debitCents() : l.creditCents();
            lines.add(entryLineNo, entryLineNo, journal, month, date.getDayOfMonth(), day, piece, reference,
                    l.account(), l.thirdParty(), label, debit ? 0 : 1, cents / 100.0, 0, anType, norme);
            if (real) {
                track(date, l);
            }
        }
    }

    private void track(LocalDate date, Line l) {
        for (int i = 0; i < laterYearStarts.size(); i++) {
            if (date.isBefore(laterYearStarts.get(i))) {
                String key = l.account() + "|" + (l.thirdParty() == null ? "" : l.thirdParty());
                balancesAtStart.get(i).merge(key, l.debitCents() - l.creditCents(), Long::sum);
            }
        }
    }

    /**
     * The opening entries of every later fiscal year: balance-sheet accounts carried over, the
     * income and expense accounts closed into the result account.
     */
    void writeLaterOpenings() throws SQLException {
        for (int i = 0; i < laterYearStarts.size(); i++) {
            Map<String, Long> carried = new TreeMap<>();
            balancesAtStart.get(i).forEach((key, cents) -> {
                String account = key.substring(0, key.indexOf('|'));
                String target = account.startsWith("6") || account.startsWith("7") ? "120000|" : key;
                carried.merge(target, cents, Long::sum);
            });
            List<Line> opening = new ArrayList<>();
            carried.forEach((key, cents) -> {
                String account = key.substring(0, key.indexOf('|'));
                String party = key.substring(key.indexOf('|') + 1);
                String tiers = party.isEmpty() ? null : party;
                if (cents > 0) {
                    opening.add(Line.debit(account, tiers, cents));
                } else if (cents < 0) {
                    opening.add(Line.credit(account, tiers, -cents));
                }
            });
            opening("RAN", laterYearStarts.get(i), "Reprise des soldes", false, opening.toArray(Line[]::new));
        }
    }

    @Override
    public void close() throws SQLException {
        lines.close();
    }
}
