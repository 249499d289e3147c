package com.bizsync.views;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commercial views on SQLite: one read of the headers that can matter (invoices of the
 * periods, open orders, orders of the month) into a hash map, then one read of the lines, summed
 * in Java. SQLite has no hash join nor hash aggregate: joining every line of all time to its
 * header and grouping by sorting cost several times this. The conditions are the same SQL
 * fragments as the grouped queries of {@link CommercialViews}, so the rules stay in one place.
 */
final class CommercialScan {
    private static final String ORIGINAL_DOCUMENT = "SELECT e.DO_Provenance FROM F_DOCENTETE e"
            + " WHERE e.DO_Domaine = 0 AND e.DO_Type = ? AND e.DO_Piece = ? AND e.DO_Provenance = 0";

    /** The line's document type (sales types are 0–7), then whether it moved in the month. */
    private static final int TYPE = 0b1111;
    private static final int MOVED = 1 << 4;
    private static final PackedLine PACKED = new PackedLine(5);

    private final Connection connection;
    private final SqlQuery.DateBinding binding;
    private final Periods periods;
    private final SageLabels labels;

    /** One header that matters, and what its lines add up to. */
    private static final class Document {
        String tiers;
        String rep;
        int bucket;
        boolean negate;
        boolean open;
        boolean original;
        boolean orderOfMonth;
        String piece;
        long invoiceMicros;
        boolean invoiced;
        boolean booked;
    }

    /** A moved line of the month whose header was not among those read first. */
    private record MovedLine(int type, String piece, long micros, String origin) {
    }

    CommercialScan(Connection connection, SqlQuery.DateBinding binding, Periods periods, SageLabels labels) {
        this.connection = connection;
        this.binding = binding;
        this.periods = periods;
        this.labels = labels;
    }

    SqlQuery headerQuery() {
        DateColumn date = DateColumn.plain("e.DO_Date");
        SqlQuery q = new SqlQuery().sql("SELECT e.DO_Type, e.DO_Piece, e.DO_Tiers, e.CO_No, CASE WHEN ");
        invoiceInPeriods(q, date);
        q.sql(" THEN ");
        date.bucketOf(q, periods.buckets);
        q.sql(" ELSE -1 END, CASE WHEN e.DO_Provenance IN (1, 2) THEN 1 ELSE 0 END, CASE WHEN ");
        openOrder(q, date);
        q.sql(" THEN 1 ELSE 0 END, CASE WHEN e.DO_Provenance = 0 THEN 1 ELSE 0 END, CASE WHEN ");
        orderOfMonth(q, date);
        q.sql(" THEN 1 ELSE 0 END FROM F_DOCENTETE e WHERE e.DO_Domaine = 0 AND (");
        invoiceInPeriods(q, date);
        q.sql(" OR ");
        openOrder(q, date);
        q.sql(" OR (e.DO_Provenance = 0 AND ");
        orderOfMonth(q, date);
        return q.sql("))");
    }

    private void invoiceInPeriods(SqlQuery q, DateColumn date) {
        q.sql("(e.DO_Type IN (6, 7) AND ");
        date.within(q, periods.rangeStart(), periods.rangeEnd());
        q.sql(")");
    }

    private void openOrder(SqlQuery q, DateColumn date) {
        q.sql("(e.DO_Type IN (1, 2) AND e.DO_Cloture = 0 AND ");
        date.before(q, periods.dayAfter);
        q.sql(")");
    }

    private void orderOfMonth(SqlQuery q, DateColumn date) {
        q.sql("(e.DO_Type = 1 AND ");
        date.within(q, periods.monthStart, periods.dayAfter);
        q.sql(")");
    }

    /**
     * Valued sales lines of invoices and orders, and lines moved from an order of the month: the
     * document type + {@link #MOVED} packed with the amount ({@link PackedLine}), then the piece,
     * the item, the amount and the origin order, read only when needed.
     */
    SqlQuery lineQuery() {
        SqlQuery q = new SqlQuery().sql("SELECT l.DO_Type + (CASE WHEN ");
        movedInMonth(q, "2, 3, 6, 7");
        q.sql(" THEN " + MOVED + " ELSE 0 END) + ");
        PACKED.amount(q, "l.DL_MontantHT").sql(", l.DO_Piece, l.AR_Ref, l.DL_MontantHT, l.DL_PieceBC"
                + " FROM F_DOCLIGNE l WHERE l.DO_Domaine = 0 AND l.DL_Valorise = 1 AND (l.DO_Type IN (1, 2, 6, 7) OR ");
        movedInMonth(q, "3");
        return q.sql(")");
    }

    private void movedInMonth(SqlQuery q, String types) {
        q.sql("(l.DO_Type IN (").sql(types).sql(") AND l.DL_PieceBC <> '' AND ");
        DateColumn.plain("l.DL_DateBC").within(q, periods.monthStart, periods.dayAfter);
        q.sql(")");
    }

    void compute(Map<ViewId, ViewValue> views) throws SQLException {
        List<Map<String, Document>> headers = readHeaders();
        int buckets = periods.buckets.size();
        Map<String, long[]> itemMicros = new HashMap<>();
        long bookMicros = 0;
        long takenMicros = 0;
        Set<String> orders = new HashSet<>();
        List<MovedLine> unresolved = new ArrayList<>();
        try (PreparedStatement st = lineQuery().prepare(connection, binding); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long line = rs.getLong(1);
                int flags = PACKED.flags(line);
                int type = flags & TYPE;
                String piece = rs.getString(2);
                Document doc = type < headers.size() ? headers.get(type).get(piece) : null;
                String movedFrom = (flags & MOVED) != 0 ? rs.getString(5) : null;
                if (doc == null && movedFrom == null) {
                    continue;
                }
                long micros = PACKED.micros(line, rs, 4);
                if (doc == null) {
                    unresolved.add(new MovedLine(type, piece, micros, movedFrom));
                    continue;
                }
                if (doc.bucket >= 0) {
                    long signed = doc.negate ? -Math.abs(micros) : micros;
                    doc.invoiceMicros += signed;
                    doc.invoiced = true;
                    String item = text(rs.getString(3));
                    if (!item.isEmpty()) {
                        // Per bucket: the sum, then the number of lines (a bucket without lines adds no group).
                        long[] sums = itemMicros.computeIfAbsent(item, k -> new long[2 * buckets]);
                        sums[doc.bucket] += signed;
                        sums[buckets + doc.bucket]++;
                    }
                }
                if (doc.open) {
                    bookMicros += micros;
                    doc.booked = true;
                }
                if (doc.original && (doc.orderOfMonth || movedFrom != null)) {
                    takenMicros += micros;
                    orders.add(movedFrom != null ? text(movedFrom) : doc.piece);
                }
            }
        }
        if (!unresolved.isEmpty()) {
            // One statement for all the lookups: preparing one per document cost more than the lookups.
            Map<String, Boolean> originals = new HashMap<>();
            try (PreparedStatement original = connection.prepareStatement(ORIGINAL_DOCUMENT)) {
                for (MovedLine line : unresolved) {
                    String key = line.type() + "/" + line.piece();
                    Boolean isOriginal = originals.get(key);
                    if (isOriginal == null) {
                        isOriginal = isOriginal(original, line.type(), line.piece());
                        originals.put(key, isOriginal);
                    }
                    if (isOriginal) {
                        takenMicros += line.micros();
                        orders.add(text(line.origin()));
                    }
                }
            }
        }
        InvoiceGroups groups = new InvoiceGroups(periods, labels);
        int documents = 0;
        for (Map<String, Document> byPiece : headers) {
            for (Document doc : byPiece.values()) {
                if (doc.invoiced) {
                    groups.addDocument(doc.tiers, doc.rep, doc.bucket, Amounts.ofMicros(doc.invoiceMicros));
                }
                if (doc.booked) {
                    documents++;
                }
            }
        }
        itemMicros.forEach((item, sums) -> {
            for (int b = 0; b < buckets; b++) {
                if (sums[buckets + b] > 0) {
                    groups.addItem(item, b, Amounts.ofMicros(sums[b]));
                }
            }
        });
        groups.put(views);
        views.put(ViewId.ORDER_BOOK_MONTH, new OrderBook(Amounts.ofMicros(bookMicros), documents));
        views.put(ViewId.ORDERS_MONTH, new OrdersTaken(Amounts.ofMicros(takenMicros), orders.size()));
    }

    private List<Map<String, Document>> readHeaders() throws SQLException {
        List<Map<String, Document>> byType = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            byType.add(new HashMap<>());
        }
        try (PreparedStatement st = headerQuery().prepare(connection, binding); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Document doc = new Document();
                int type = rs.getInt(1);
                String piece = rs.getString(2);
                doc.piece = text(piece);
                doc.tiers = text(rs.getString(3));
                doc.rep = String.valueOf(rs.getInt(4));
                doc.bucket = rs.getInt(5);
                doc.negate = rs.getInt(6) == 1;
                doc.open = rs.getInt(7) == 1;
                doc.original = rs.getInt(8) == 1;
                doc.orderOfMonth = rs.getInt(9) == 1;
                byType.get(type).put(piece, doc);
            }
        }
        return byType;
    }

    /** Whether a document (read by its key, for the few moved lines left) is an original one. */
    private static boolean isOriginal(PreparedStatement original, int type, String piece) throws SQLException {
        original.setInt(1, type);
        original.setString(2, piece);
        try (ResultSet rs = original.executeQuery()) {
            return rs.next();
        }
    }

    private static String text(String s) {
        return s == null ? "" : s.trim();
    }
}
