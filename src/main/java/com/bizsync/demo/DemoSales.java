package com.bizsync.demo;

import com.bizsync.demo.DemoLedger.Line;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Sales (and a few purchase) documents following Sage's life cycle: lines move from order to
 * delivery note to invoice keeping their origin in DL_PieceBC/DL_DateBC; partial deliveries
 * leave the remainder on the order. Every invoice gets its ledger entry, most get paid.
 */
final class DemoSales implements AutoCloseable {
    private record Draft(DemoReferenceData.Item item, String emptyRef, long qty, long unitCents, long amountCents,
                         boolean valued) {
        boolean service() {
            return item != null && item.service();
        }
    }

    private final Random rng;
    private final DemoReferenceData data;
    private final DemoLedger ledger;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final LocalDate referenceDay;
    private final LocalDate postedBefore;
    private final double[] customerWeights;
    private final double[] itemWeights;
    private final Batch headers;
    private final Batch lines;
    private final Map<String, Integer> pieceCounters = new HashMap<>();
    private int headerNo;
    private int lineNo;
    private long invoicedCents;

    DemoSales(Connection c, Random rng, DemoReferenceData data, DemoLedger ledger, LocalDate firstDay,
              LocalDate referenceDay, LocalDate lastDay) throws SQLException {
        this.rng = rng;
        this.data = data;
        this.ledger = ledger;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.referenceDay = referenceDay;
        this.postedBefore = referenceDay.minusDays(20);
        this.customerWeights = DemoReferenceData.cumulative(data.customers.stream().map(c0 -> c0.weight()).toList());
        this.itemWeights = DemoReferenceData.cumulative(data.items.stream().map(i -> i.weight()).toList());
        headers = new Batch(c, "F_DOCENTETE", "cbMarq, DO_Domaine, DO_Type, DO_Piece, DO_Date, DO_Ref, DO_Tiers,"
                + " CO_No, DO_Tarif, DO_Provenance, DO_Statut, DO_Cloture, DO_TotalHT, DO_TotalTTC, DO_NetAPayer");
        lines = new Batch(c, "F_DOCLIGNE", "cbMarq, DL_No, DO_Domaine, DO_Type, DO_Piece, DO_Date, CT_Num, DL_Ligne,"
                + " AR_Ref, DL_Design, DL_Qte, DL_QteBC, DL_QteBL, DL_PrixUnitaire, DL_MontantHT, DL_MontantTTC,"
                + " DL_Valorise, DL_PieceBC, DL_DateBC, DL_PieceBL, DL_DateBL, CO_No");
    }

    long lineCount() {
        return lines.rows();
    }

    long invoicedCents() {
        return invoicedCents;
    }

    void generate(long targetLines) throws SQLException {
        while (lines.rows() < targetLines) {
            deal();
        }
    }

    private void deal() throws SQLException {
        LocalDate day = DemoReferenceData.randomDay(firstDay, lastDay, rng);
        DemoReferenceData.Customer customer = data.customers.get(DemoReferenceData.pick(customerWeights, rng));
        double r = rng.nextDouble();
        if (r < 0.06) {
            write(0, 0, piece("DE"), day, customer, 0, 0, drafts(1 + rng.nextInt(6)), "", null, "", null, 1);
        } else if (r < 0.62) {
            orderInvoiced(day, customer);
        } else if (r < 0.72) {
            invoice(day, customer, 0, drafts(1 + rng.nextInt(6)), "", null, "", null, 1);
        } else if (r < 0.80) {
            partialDelivery(day, customer, 0);
        } else if (r < 0.83) {
            partialDelivery(day, customer, 1);
        } else if (r < 0.88) {
            write(0, 1, piece("BC"), day, customer, 0, closedIfStale(day), drafts(1 + rng.nextInt(6)), "", null, "",
                    null, 1);
        } else if (r < 0.90) {
            write(0, 2, piece("PL"), day.plusDays(1), customer, 0, 0, drafts(1 + rng.nextInt(4)), piece("BC"), day,
                    "", null, 1);
        } else if (r < 0.92) {
            write(0, 4, piece("BR"), day, customer, 0, 0, drafts(1 + rng.nextInt(2)), "", null, "", null, 1);
        } else if (r < 0.935) {
            invoice(day, customer, 1, drafts(1 + rng.nextInt(2)), "", null, "", null, rng.nextBoolean() ? -1 : 1);
        } else if (r < 0.95) {
            invoice(day, customer, 2, drafts(1), "", null, "", null, rng.nextBoolean() ? -1 : 1);
        } else if (r < 0.96) {
            write(0, 5, piece("BA"), day, customer, 0, 0, drafts(1), "", null, "", null, 1);
        } else {
            purchase(day);
        }
    }

    /** An order delivered then invoiced in full: its lines now sit on the invoice. */
    private void orderInvoiced(LocalDate orderDay, DemoReferenceData.Customer customer) throws SQLException {
        LocalDate deliveryDay = orderDay.plusDays(1 + rng.nextInt(7));
        LocalDate invoiceDay = deliveryDay.plusDays(rng.nextInt(10));
        List<Draft> drafts = drafts(1 + rng.nextInt(8));
        if (invoiceDay.isAfter(lastDay)) {
            write(0, 1, piece("BC"), orderDay, customer, 0, 0, drafts, "", null, "", null, 1);
            return;
        }
        invoice(invoiceDay, customer, 0, drafts, piece("BC"), orderDay, piece("BL"), deliveryDay, 1);
    }

    /** Part of an order delivered (and invoiced when old enough); the rest stays on the order. */
    private void partialDelivery(LocalDate orderDay, DemoReferenceData.Customer customer, int closed)
            throws SQLException {
        List<Draft> drafts = drafts(2 + rng.nextInt(6));
        int delivered = 1 + rng.nextInt(drafts.size() - 1);
        String order = piece("BC");
        LocalDate deliveryDay = orderDay.plusDays(2 + rng.nextInt(7));
        if (!deliveryDay.isAfter(lastDay)) {
            List<Draft> moved = drafts.subList(0, delivered);
            String deliveryNote = piece("BL");
            if (deliveryDay.isBefore(referenceDay.minusDays(30))) {
                invoice(deliveryDay.plusDays(rng.nextInt(5)), customer, 0, moved, order, orderDay, deliveryNote,
                        deliveryDay, 1);
            } else {
                write(0, 3, deliveryNote, deliveryDay, customer, 0, 0, moved, order, orderDay, "", null, 1);
            }
            drafts = drafts.subList(delivered, drafts.size());
        }
        write(0, 1, order, orderDay, customer, 0, closed == 1 ? 1 : closedIfStale(orderDay), drafts, "", null, "",
                null, 1);
    }

    /** Most orders left open for months end up closed by the sales office; a few stay open. */
    private int closedIfStale(LocalDate orderDay) {
        return orderDay.isBefore(referenceDay.minusDays(120)) && rng.nextInt(10) < 8 ? 1 : 0;
    }

    /** A sales invoice (provenance 0 normal, 1 return, 2 credit note) and its ledger entries. */
    private void invoice(LocalDate day, DemoReferenceData.Customer customer, int provenance, List<Draft> drafts,
                         String order, LocalDate orderDay, String deliveryNote, LocalDate deliveryDay, int storedSign)
            throws SQLException {
        int type = day.isBefore(postedBefore) ? 7 : 6;
        String piece = piece("FA");
        write(0, type, piece, day, customer, provenance, 0, drafts, order, orderDay, deliveryNote, deliveryDay,
                storedSign);
        long goods = 0;
        long services = 0;
        for (Draft d : drafts) {
            if (d.valued()) {
                if (d.service()) {
                    services += d.amountCents();
                } else {
                    goods += d.amountCents();
                }
            }
        }
        boolean credit = provenance == 1 || provenance == 2;
        long vat = Math.round((goods + services) * 0.2);
        long total = goods + services + vat;
        if (!credit) {
            invoicedCents += goods + services;
            ledger.entry("VTE", day, piece, "Facture " + piece,
                    Line.debit("411000", customer.code(), total), Line.credit("707000", null, goods),
                    Line.credit("706000", null, services), Line.credit("445710", null, vat));
        } else {
            invoicedCents -= goods + services;
            ledger.entry("VTE", day, piece, "Avoir " + piece,
                    Line.credit("411000", customer.code(), total), Line.debit("707000", null, goods),
                    Line.debit("706000", null, services), Line.debit("445710", null, vat));
        }
        LocalDate paid = day.plusDays(10 + rng.nextInt(50));
        if (rng.nextDouble() < (credit ? 0.7 : 0.93) && !paid.isAfter(lastDay)) {
            boolean first = rng.nextDouble() < 0.7;
            String journal = first ? "BQ1" : "BQ2";
            String bank = first ? "512000" : "512100";
            if (credit) {
                ledger.entry(journal, paid, piece, "Remboursement " + customer.code(),
                        Line.debit("411000", customer.code(), total), Line.credit(bank, null, total));
            } else {
                ledger.entry(journal, paid, piece, "Règlement " + customer.code(),
                        Line.debit(bank, null, total), Line.credit("411000", customer.code(), total));
            }
        }
    }

    private void purchase(LocalDate day) throws SQLException {
        String supplier = data.suppliers.get(rng.nextInt(data.suppliers.size()));
        String piece = piece("FF");
        List<Draft> drafts = drafts(1 + rng.nextInt(5));
        long ht = 0;
        headerNo++;
        int lineInDoc = 0;
        for (Draft d : drafts) {
            long cost = d.amountCents() * 55 / 100;
            ht += cost;
            lineInDoc += 1000;
            lineNo++;
            lines.add(lineNo, lineNo, 1, 17, piece, DemoDatabaseGenerator.text(day), supplier, lineInDoc,
                    d.item() == null ? d.emptyRef() : d.item().ref(), label(d), d.qty(), d.qty(), d.qty(),
                    d.unitCents() * 55 / 10000.0, cost / 100.0, cost * 1.2 / 100.0, 1, "", null, "", null, 0);
        }
        headers.add(headerNo, 1, 17, piece, DemoDatabaseGenerator.text(day), "", supplier, 0, 0, 0, 2, 0,
                ht / 100.0, ht * 1.2 / 100.0, ht * 1.2 / 100.0);
        long vat = Math.round(ht * 0.2);
        ledger.entry("ACH", day, piece, "Facture " + supplier, Line.debit("607000", null, ht),
                Line.debit("445660", null, vat), Line.credit("401000", supplier, ht + vat));
        LocalDate paid = day.plusDays(20 + rng.nextInt(40));
        if (rng.nextDouble() < 0.9 && !paid.isAfter(lastDay)) {
            ledger.entry("BQ1", paid, piece, "Paiement " + supplier, Line.debit("401000", supplier, ht + vat),
                    Line.credit("512000", null, ht + vat));
        }
    }

    /** Writes one sales document; {@code storedSign} −1 stores amounts negative (some avoir invoices). */
    private void write(int domain, int type, String piece, LocalDate day, DemoReferenceData.Customer customer,
                       int provenance, int closed, List<Draft> drafts, String order, LocalDate orderDay,
                       String deliveryNote, LocalDate deliveryDay, int storedSign) throws SQLException {
        headerNo++;
        long ht = 0;
        int lineInDoc = 0;
        String date = DemoDatabaseGenerator.text(day);
        for (Draft d : drafts) {
            lineInDoc += 1000;
            lineNo++;
            long amount = d.amountCents() * storedSign;
            if (d.valued()) {
                ht += amount;
            }
            lines.add(lineNo, lineNo, domain, type, piece, date, customer.code(), lineInDoc,
                    d.item() == null ? d.emptyRef() : d.item().ref(), label(d), d.qty() * storedSign,
                    d.qty() * storedSign, type >= 3 ? d.qty() * storedSign : 0, d.unitCents() / 100.0, amount / 100.0,
                    amount * 1.2 / 100.0, d.valued() ? 1 : 0, order, orderDay == null ? null
                            : DemoDatabaseGenerator.text(orderDay), deliveryNote,
                    deliveryDay == null ? null : DemoDatabaseGenerator.text(deliveryDay), customer.rep());
        }
        headers.add(headerNo, domain, type, piece, date, "", customer.code(), customer.rep(), 1, provenance,
                1, closed, ht / 100.0, ht * 1.2 / 100.0, ht * 1.2 / 100.0);
    }

    private static String label(Draft d) {
        return d.item() == null ? "Merci de votre confiance" : d.item().label();
    }

    /** Lines of a document: items, now and then a comment line or a non-valued component line. */
    private List<Draft> drafts(int count) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DemoReferenceData.Item item = data.items.get(DemoReferenceData.pick(itemWeights, rng));
            long qty = 1 + rng.nextInt(item.unitCents() < 5_000 ? 24 : 4);
            int discount = rng.nextInt(10) < 7 ? 0 : 5 * (1 + rng.nextInt(3));
            long amount = Math.round(qty * item.unitCents() * (100 - discount) / 100.0);
            drafts.add(new Draft(item, null, qty, item.unitCents(), amount, true));
            if (rng.nextInt(40) == 0) {
                // Components of a kit: shown on the document, not valued (DL_Valorise = 0).
                drafts.add(new Draft(item, null, 1, item.unitCents(), item.unitCents(), false));
            }
        }
        if (rng.nextInt(30) == 0) {
            // Comment lines: Sage leaves AR_Ref NULL or empty.
            drafts.add(new Draft(null, rng.nextBoolean() ? null : "", 0, 0, 0, true));
        }
        return drafts;
    }

    private String piece(String prefix) {
        int n = pieceCounters.merge(prefix, 1, Integer::sum);
        return prefix + String.format("%08d", n);
    }

    @Override
    public void close() throws SQLException {
        headers.close();
        lines.close();
    }
}
