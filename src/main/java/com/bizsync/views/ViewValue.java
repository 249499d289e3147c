package com.bizsync.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** The value of one published view, in the JSON shape of VIEWS.md. */
public sealed interface ViewValue permits PeriodAmounts, OrderBook, OrdersTaken, TopList, CashPosition {

    ObjectNode toJson();

    /** The value of the same view over the union of two companies' data (families). */
    ViewValue merge(ViewValue other);

    static ViewValue fromJson(ViewId view, JsonNode json) {
        return switch (view) {
            case SALES_REVENUE, ACCOUNTING_REVENUE -> PeriodAmounts.fromJson(json);
            case ORDER_BOOK_MONTH -> OrderBook.fromJson(json);
            case ORDERS_MONTH -> OrdersTaken.fromJson(json);
            case CASH_POSITION -> CashPosition.fromJson(json);
            default -> TopList.fromJson(json);
        };
    }

    /** Amounts are written rounded to 2 decimals (HALF_UP), as JSON numbers. */
    static DecimalNode amount(BigDecimal value) {
        return DecimalNode.valueOf(Amounts.rounded(value));
    }

    static BigDecimal amountOf(JsonNode node) {
        if (node == null || !node.isNumber()) {
            throw new IllegalArgumentException("amount expected, got " + node);
        }
        return node.decimalValue();
    }
}
