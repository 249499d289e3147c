package com.bizsync.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Balance of each treasury account (by account number) and their total. */
public record CashPosition(List<CashRow> rows) implements ViewValue {
    public CashPosition {
        rows = rows.stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }

    public BigDecimal total() {
        return rows.stream().map(CashRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode array = json.putArray("rows");
        for (CashRow r : rows) {
            ObjectNode row = array.addObject();
            row.put("code", r.code());
            row.put("label", r.label());
            row.set("amount", ViewValue.amount(r.amount()));
        }
        json.set("total", ViewValue.amount(total()));
        return json;
    }

    @Override
    public CashPosition merge(ViewValue other) {
        Map<String, CashRow> byCode = new TreeMap<>();
        List<CashRow> all = new ArrayList<>(rows);
        all.addAll(((CashPosition) other).rows);
        for (CashRow r : all) {
            byCode.merge(r.code(), r, (a, b) -> new CashRow(a.code(),
                    a.label().isEmpty() ? b.label() : a.label(), a.amount().add(b.amount())));
        }
        return new CashPosition(new ArrayList<>(byCode.values()));
    }

    static CashPosition fromJson(JsonNode json) {
        List<CashRow> rows = new ArrayList<>();
        for (JsonNode row : json.path("rows")) {
            rows.add(new CashRow(row.path("code").asText(), row.path("label").asText(""),
                    ViewValue.amountOf(row.get("amount"))));
        }
        return new CashPosition(rows);
    }
}
