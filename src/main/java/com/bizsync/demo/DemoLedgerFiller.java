package com.bizsync.demo;

import com.bizsync.demo.DemoLedger.Line;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;

/**
 * The everyday entries around the sales: purchases and their payments, salaries, bank fees,
 * small cash sales and cash deposits, until the ledger has the requested number of lines.
 * Amounts scale with the sales so that the bank stays plausible at any size.
 */
final class DemoLedgerFiller {
    /** Average lines per filler entry, to size amounts before knowing the exact count. */
    private static final double LINES_PER_ENTRY = 3.7;

    private final DemoLedger ledger;
    private final DemoReferenceData data;
    private final Random rng;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final long salesCents;

    DemoLedgerFiller(DemoLedger ledger, DemoReferenceData data, Random rng, LocalDate firstDay, LocalDate lastDay,
                     long salesCents) {
        this.ledger = ledger;
        this.data = data;
        this.rng = rng;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.salesCents = Math.max(salesCents, 10_000_000);
    }

    void fill(long targetLines) throws SQLException {
        long entries = Math.max(1, (long) ((targetLines - ledger.lineCount()) / LINES_PER_ENTRY));
        long purchaseCents = Math.max(10_000, (long) (salesCents * 0.45 / Math.max(1, entries * 0.35)));
        long salaryCents = Math.max(50_000, (long) (salesCents * 0.25 / Math.max(1, entries * 0.15)));
        while (ledger.lineCount() < targetLines) {
            LocalDate day = DemoReferenceData.randomDay(firstDay, lastDay, rng);
            double r = rng.nextDouble();
            if (r < 0.35) {
                purchase(day, vary(purchaseCents));
            } else if (r < 0.50) {
                salary(day, vary(salaryCents));
            } else if (r < 0.75) {
                long fee = 500 + rng.nextInt(6_000);
                ledger.entry("BQ1", day, "FRAIS", "Frais bancaires", Line.debit("627000", null, fee),
                        Line.credit("512000", null, fee));
            } else if (r < 0.88) {
                cashSale(day);
            } else {
                cashDeposit(day);
            }
        }
    }

    private long vary(long cents) {
        return Math.max(100, (long) (cents * (0.5 + rng.nextDouble())));
    }

    private void purchase(LocalDate day, long ht) throws SQLException {
        String supplier = data.suppliers.get(rng.nextInt(data.suppliers.size()));
        long vat = Math.round(ht * 0.2);
        ledger.entry("ACH", day, "FF", "Achat " + supplier, Line.debit("607000", null, ht),
                Line.debit("445660", null, vat), Line.credit("401000", supplier, ht + vat));
        LocalDate paid = day.plusDays(30 + rng.nextInt(30));
        if (rng.nextDouble() < 0.9 && !paid.isAfter(lastDay)) {
            boolean first = rng.nextDouble() < 0.6;
            ledger.entry(first ? "BQ1" : "BQ2", paid, "VIR", "Paiement " + supplier,
                    Line.debit("401000", supplier, ht + vat), Line.credit(first ? "512000" : "512100", null, ht + vat));
        }
    }

    private void salary(LocalDate day, long cents) throws SQLException {
        ledger.entry("OD", day, "PAIE", "Salaires", Line.debit("641000", null, cents), Line.credit("421000", null, cents));
        LocalDate paid = day.plusDays(2);
        if (!paid.isAfter(lastDay)) {
            ledger.entry("BQ1", paid, "PAIE", "Virement salaires", Line.debit("421000", null, cents),
                    Line.credit("512000", null, cents));
        }
    }

    private void cashSale(LocalDate day) throws SQLException {
        long ht = 1_000 + rng.nextInt(15_000);
        long vat = Math.round(ht * 0.2);
        ledger.entry("CAI", day, "TK", "Vente comptoir", Line.debit("530000", null, ht + vat),
                Line.credit("707000", null, ht), Line.credit("445710", null, vat));
    }

    private void cashDeposit(LocalDate day) throws SQLException {
        long cents = 3_000 + rng.nextInt(12_000);
        ledger.entry("CAI", day, "REM", "Remise d'espèces", Line.debit("580000", null, cents),
                Line.credit("530000", null, cents));
        ledger.entry("BQ1", day, "REM", "Remise d'espèces", Line.debit("512000", null, cents),
                Line.credit("580000", null, cents));
    }
}
