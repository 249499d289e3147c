package com.bizsync.views;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The commercial views, from two scans of the document lines: one grouped query over sales
 * invoice lines (revenue and the ten top-5 lists, month and year at once), one over order lines
 * (order book and orders taken). Ranking and labels are done in Java.
 */
final class CommercialViews {
    private static final String LINES_WITH_HEADER = " FROM F_DOCLIGNE l JOIN F_DOCENTETE e"
            + " ON e.DO_Domaine = l.DO_Domaine AND e.DO_Type = l.DO_Type AND e.DO_Piece = l.DO_Piece";

    private final Connection connection;
    private final SqlQuery.DateBinding binding;
    private final Periods periods;
    private final SageLabels labels;

    CommercialViews(Connection connection, SqlQuery.DateBinding binding, Periods periods, ExtractOptions options)
            throws SQLException {
        this.connection = connection;
        this.binding = binding;
        this.periods = periods;
        this.labels = SageLabels.commercial(connection, options.customerStatistic(), options.itemStatistic());
    }

    Map<ViewId, ViewValue> compute() throws SQLException {
        Map<ViewId, ViewValue> views = new EnumMap<>(ViewId.class);
        if (binding == SqlQuery.DateBinding.TEXT) {
            new CommercialScan(connection, binding, periods, labels).compute(views);
            return views;
        }
        // SQL Server joins and aggregates by hashing on the server: two grouped queries.
        invoiceViews(views);
        orderViews(views);
        return views;
    }

    /** Signed sales invoice lines grouped by customer, representative, item and period bucket. */
    SqlQuery invoiceQuery() {
        DateColumn date = DateColumn.plain("e.DO_Date");
        SqlQuery q = new SqlQuery().sql("SELECT s.tiers, s.rep, s.item, s.bucket, SUM(s.amount) FROM (SELECT"
                + " e.DO_Tiers AS tiers, e.CO_No AS rep, l.AR_Ref AS item, ");
        date.bucketOf(q, periods.buckets);
        q.sql(" AS bucket, CASE WHEN e.DO_Provenance IN (1, 2) THEN -ABS(l.DL_MontantHT) ELSE l.DL_MontantHT END"
                + " AS amount").sql(LINES_WITH_HEADER)
                .sql(" WHERE l.DO_Domaine = 0 AND l.DO_Type IN (6, 7) AND l.DL_Valorise = 1 AND ");
        date.within(q, periods.rangeStart(), periods.rangeEnd());
        return q.sql(") s GROUP BY s.tiers, s.rep, s.item, s.bucket");
    }

    private void invoiceViews(Map<ViewId, ViewValue> views) throws SQLException {
        InvoiceGroups groups = new InvoiceGroups(periods, labels);
        try (PreparedStatement st = invoiceQuery().prepare(connection, binding); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                BigDecimal amount = Amounts.read(rs, 5);
                int bucket = rs.getInt(4);
                groups.addDocument(SageLabels.text(rs, 1), String.valueOf(rs.getInt(2)), bucket, amount);
                groups.addItem(SageLabels.text(rs, 3), bucket, amount);
            }
        }
        groups.put(views);
    }

    /** Month, year and byMonth from per-bucket sums. */
    static PeriodAmounts periodAmounts(Periods periods, Map<Integer, BigDecimal> byBucket) {
        BigDecimal month = BigDecimal.ZERO;
        BigDecimal year = BigDecimal.ZERO;
        Map<YearMonth, BigDecimal> months = new TreeMap<>();
        for (YearMonth m : periods.yearMonths()) {
            months.put(m, BigDecimal.ZERO);
        }
        for (Map.Entry<Integer, BigDecimal> e : byBucket.entrySet()) {
            Periods.Bucket bucket = periods.buckets.get(e.getKey());
            if (bucket.inMonth()) {
                month = month.add(e.getValue());
            }
            if (bucket.inYear()) {
                year = year.add(e.getValue());
                months.merge(bucket.month(), e.getValue(), BigDecimal::add);
            }
        }
        List<MonthAmount> byMonth = new ArrayList<>();
        months.forEach((m, a) -> byMonth.add(new MonthAmount(m, a)));
        return new PeriodAmounts(month, year, byMonth);
    }

    /**
     * Lines of open orders (order book) and lines whose originating order is dated in the month,
     * wherever they sit now (orders taken), each tagged with its document and originating order.
     */
    SqlQuery orderQuery() {
        DateColumn headerDate = DateColumn.plain("e.DO_Date");
        DateColumn orderDate = DateColumn.plain("l.DL_DateBC");
        SqlQuery q = new SqlQuery().sql("SELECT s.in_book, s.in_orders, s.doc_type, s.piece, s.origin, SUM(s.amount)"
                + " FROM (SELECT e.DO_Type AS doc_type, e.DO_Piece AS piece,"
                + " CASE WHEN e.DO_Type = 1 THEN e.DO_Piece ELSE l.DL_PieceBC END AS origin,"
                + " CASE WHEN e.DO_Type IN (1, 2) AND e.DO_Cloture = 0 AND ");
        headerDate.before(q, periods.dayAfter);
        q.sql(" THEN 1 ELSE 0 END AS in_book, CASE WHEN e.DO_Provenance = 0 AND ((e.DO_Type = 1 AND ");
        headerDate.within(q, periods.monthStart, periods.dayAfter);
        q.sql(") OR (e.DO_Type IN (2, 3, 6, 7) AND l.DL_PieceBC <> '' AND ");
        orderDate.within(q, periods.monthStart, periods.dayAfter);
        q.sql(")) THEN 1 ELSE 0 END AS in_orders, l.DL_MontantHT AS amount").sql(LINES_WITH_HEADER)
                .sql(" WHERE l.DO_Domaine = 0 AND l.DL_Valorise = 1 AND (l.DO_Type IN (1, 2)"
                        + " OR (l.DO_Type IN (3, 6, 7) AND l.DL_PieceBC <> '' AND ");
        // Written on the line alone so the engine filters before looking the header up.
        orderDate.within(q, periods.monthStart, periods.dayAfter);
        return q.sql("))) s WHERE s.in_book = 1 OR s.in_orders = 1"
                + " GROUP BY s.in_book, s.in_orders, s.doc_type, s.piece, s.origin");
    }

    private void orderViews(Map<ViewId, ViewValue> views) throws SQLException {
        BigDecimal book = BigDecimal.ZERO;
        BigDecimal taken = BigDecimal.ZERO;
        Set<String> bookDocuments = new HashSet<>();
        Set<String> orders = new HashSet<>();
        try (PreparedStatement st = orderQuery().prepare(connection, binding); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                BigDecimal amount = Amounts.read(rs, 6);
                if (rs.getInt(1) == 1) {
                    book = book.add(amount);
                    bookDocuments.add(rs.getInt(3) + "/" + SageLabels.text(rs, 4));
                }
                if (rs.getInt(2) == 1) {
                    taken = taken.add(amount);
                    orders.add(SageLabels.text(rs, 5));
                }
            }
        }
        views.put(ViewId.ORDER_BOOK_MONTH, new OrderBook(book, bookDocuments.size()));
        views.put(ViewId.ORDERS_MONTH, new OrdersTaken(taken, orders.size()));
    }

    /** Per-code sums for the month and the fiscal year, for one month/year pair of top-5 views. */
    static final class GroupSums {
        private final Map<String, BigDecimal> month = new HashMap<>();
        private final Map<String, BigDecimal> year = new HashMap<>();

        void add(String code, Periods.Bucket bucket, BigDecimal amount) {
            if (bucket.inMonth()) {
                month.merge(code, amount, BigDecimal::add);
            }
            if (bucket.inYear()) {
                year.merge(code, amount, BigDecimal::add);
            }
        }

        void put(Map<ViewId, ViewValue> views, ViewId monthView, ViewId yearView, Map<String, String> labels) {
            views.put(monthView, topList(month, labels));
            views.put(yearView, topList(year, labels));
        }

        static TopList topList(Map<String, BigDecimal> sums, Map<String, String> labels) {
            List<TopList.Group> groups = new ArrayList<>();
            sums.forEach((code, amount) -> groups.add(new TopList.Group(code, labels.getOrDefault(code, ""), amount)));
            return TopList.of(groups);
        }
    }
}
