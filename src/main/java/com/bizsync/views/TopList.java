package com.bizsync.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A top-5 view. It keeps every group, not only the first five, so that a family can re-rank
 * after adding the amounts of the same code across companies; JSON shows the first five.
 */
public final class TopList implements ViewValue {
    public static final int SIZE = 5;

    /** Amount descending, then code ascending (numerically when both codes are numbers). */
    static final Comparator<Group> ORDER = Comparator.comparing(Group::amount, Comparator.reverseOrder())
            .thenComparing(Group::code, TopList::compareCodes);

    /** One group before ranking. */
    public record Group(String code, String label, BigDecimal amount) {
    }

    private final List<Group> groups;

    private TopList(List<Group> groups) {
        List<Group> sorted = new ArrayList<>(groups);
        sorted.sort(ORDER);
        this.groups = List.copyOf(sorted);
    }

    public static TopList of(List<Group> groups) {
        return new TopList(groups);
    }

    /** Every group, ranked. */
    public List<Group> groups() {
        return groups;
    }

    /** The first five, ranked 1 to 5. */
    public List<TopRow> rows() {
        List<TopRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(SIZE, groups.size()); i++) {
            Group g = groups.get(i);
            rows.add(new TopRow(i + 1, g.code(), g.label(), g.amount()));
        }
        return rows;
    }

    static int compareCodes(String a, String b) {
        if (a.matches("-?\\d{1,18}") && b.matches("-?\\d{1,18}")) {
            int numeric = Long.compare(Long.parseLong(a), Long.parseLong(b));
            if (numeric != 0) {
                return numeric;
            }
        }
        return a.compareTo(b);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode rows = json.putArray("rows");
        for (TopRow r : rows()) {
            ObjectNode row = rows.addObject();
            row.put("rank", r.rank());
            row.put("code", r.code());
            row.put("label", r.label());
            row.set("amount", ViewValue.amount(r.amount()));
        }
        return json;
    }

    @Override
    public TopList merge(ViewValue other) {
        Map<String, Group> byCode = new LinkedHashMap<>();
        for (Group g : groups) {
            byCode.put(g.code(), g);
        }
        for (Group g : ((TopList) other).groups) {
            byCode.merge(g.code(), g, (a, b) -> new Group(a.code(),
                    a.label().isEmpty() ? b.label() : a.label(), a.amount().add(b.amount())));
        }
        return new TopList(new ArrayList<>(byCode.values()));
    }

    static TopList fromJson(JsonNode json) {
        List<Group> groups = new ArrayList<>();
        for (JsonNode row : json.path("rows")) {
            groups.add(new Group(row.path("code").asText(), row.path("label").asText(""),
                    ViewValue.amountOf(row.get("amount"))));
        }
        return new TopList(groups);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TopList t && t.groups.equals(groups);
    }

    @Override
    public int hashCode() {
        return groups.hashCode();
    }

    @Override
    public String toString() {
        return "TopList" + rows();
    }
}
