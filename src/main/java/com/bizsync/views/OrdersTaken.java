package com.bizsync.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** Orders taken in the month: their amount and the number of distinct orders. */
public record OrdersTaken(BigDecimal amount, int orders) implements ViewValue {
    @Override
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.set("amount", ViewValue.amount(amount));
        json.put("orders", orders);
        return json;
    }

    @Override
    public OrdersTaken merge(ViewValue other) {
        OrdersTaken o = (OrdersTaken) other;
        return new OrdersTaken(amount.add(o.amount), orders + o.orders);
    }

    static OrdersTaken fromJson(JsonNode json) {
        return new OrdersTaken(ViewValue.amountOf(json.get("amount")), json.path("orders").asInt());
    }
}
