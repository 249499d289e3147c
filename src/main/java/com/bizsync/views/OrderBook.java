package com.bizsync.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** The open order book: its amount and the number of documents holding it. */
public record OrderBook(BigDecimal amount, int documents) implements ViewValue {
    @Override
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.set("amount", ViewValue.amount(amount));
        json.put("documents", documents);
        return json;
    }

    @Override
    public OrderBook merge(ViewValue other) {
        OrderBook o = (OrderBook) other;
        return new OrderBook(amount.add(o.amount), documents + o.documents);
    }

    static OrderBook fromJson(JsonNode json) {
        return new OrderBook(ViewValue.amountOf(json.get("amount")), json.path("documents").asInt());
    }
}
