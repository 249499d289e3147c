package com.bizsync.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A revenue: the month, the fiscal year to date, and each month of the fiscal year so far. */
public record PeriodAmounts(BigDecimal month, BigDecimal year, List<MonthAmount> byMonth) implements ViewValue {
    public PeriodAmounts {
        byMonth = List.copyOf(byMonth);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.set("month", ViewValue.amount(month));
        json.set("year", ViewValue.amount(year));
        ArrayNode months = json.putArray("byMonth");
        for (MonthAmount m : byMonth) {
            ObjectNode row = months.addObject();
            row.put("month", m.month().toString());
            row.set("amount", ViewValue.amount(m.amount()));
        }
        return json;
    }

    @Override
    public PeriodAmounts merge(ViewValue other) {
        PeriodAmounts o = (PeriodAmounts) other;
        Map<YearMonth, BigDecimal> months = new TreeMap<>();
        for (MonthAmount m : byMonth) {
            months.merge(m.month(), m.amount(), BigDecimal::add);
        }
        for (MonthAmount m : o.byMonth) {
            months.merge(m.month(), m.amount(), BigDecimal::add);
        }
        List<MonthAmount> merged = new ArrayList<>();
        months.forEach((k, v) -> merged.add(new MonthAmount(k, v)));
        return new PeriodAmounts(month.add(o.month), year.add(o.year), merged);
    }

    static PeriodAmounts fromJson(JsonNode json) {
        List<MonthAmount> months = new ArrayList<>();
        for (JsonNode row : json.path("byMonth")) {
            months.add(new MonthAmount(YearMonth.parse(row.path("month").asText()),
                    ViewValue.amountOf(row.get("amount"))));
        }
        return new PeriodAmounts(ViewValue.amountOf(json.get("month")), ViewValue.amountOf(json.get("year")), months);
    }
}
