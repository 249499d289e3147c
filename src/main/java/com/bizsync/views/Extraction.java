package com.bizsync.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The extracted views of one company (or family) at one as-of day. Immutable. */
public final class Extraction {
    private final LocalDate asOf;
    private final String companyName;
    private final String currency;
    private final FiscalYear fiscalYear;
    private final Map<ViewId, ViewValue> views;

    public Extraction(LocalDate asOf, String companyName, String currency, FiscalYear fiscalYear,
                      Map<ViewId, ViewValue> views) {
        this.asOf = asOf;
        this.companyName = companyName;
        this.currency = currency;
        this.fiscalYear = fiscalYear;
        EnumMap<ViewId, ViewValue> copy = new EnumMap<>(ViewId.class);
        copy.putAll(views);
        this.views = Collections.unmodifiableMap(copy);
    }

    public LocalDate asOf() {
        return asOf;
    }

    public String companyName() {
        return companyName;
    }

    /** ISO code of the accounting currency, e.g. EUR. */
    public String currency() {
        return currency;
    }

    /** The current fiscal year (VIEWS.md selection rule). */
    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    /** The views present, in {@link ViewId} order. */
    public Map<ViewId, ViewValue> views() {
        return views;
    }

    public Optional<ViewValue> view(ViewId id) {
        return Optional.ofNullable(views.get(id));
    }

    /** The same extraction with only these views (e.g. the views a company publishes). */
    public Extraction restrictTo(Set<ViewId> keep) {
        EnumMap<ViewId, ViewValue> kept = new EnumMap<>(ViewId.class);
        views.forEach((id, value) -> {
            if (keep.contains(id)) {
                kept.put(id, value);
            }
        });
        return new Extraction(asOf, companyName, currency, fiscalYear, kept);
    }

    /** The same figures under another company name (a family publishes under its own). */
    public Extraction withCompanyName(String name) {
        return new Extraction(asOf, name, currency, fiscalYear, views);
    }

    /** The JSON document of VIEWS.md. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode json = f.objectNode();
        json.put("asOf", asOf.toString());
        ObjectNode company = json.putObject("company");
        company.put("name", companyName);
        company.put("currency", currency);
        ObjectNode fy = company.putObject("fiscalYear");
        fy.put("start", fiscalYear.start().toString());
        fy.put("end", fiscalYear.end().toString());
        ObjectNode viewsJson = json.putObject("views");
        views.forEach((id, value) -> viewsJson.set(id.id(), value.toJson()));
        return json;
    }

    /** Reads a document written by {@link #toJson()}; unknown view ids are ignored. */
    public static Extraction fromJson(JsonNode json) {
        JsonNode company = json.path("company");
        JsonNode fy = company.path("fiscalYear");
        EnumMap<ViewId, ViewValue> views = new EnumMap<>(ViewId.class);
        Iterator<Map.Entry<String, JsonNode>> fields = json.path("views").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            ViewId.fromId(field.getKey()).ifPresent(id -> views.put(id, ViewValue.fromJson(id, field.getValue())));
        }
        return new Extraction(LocalDate.parse(json.path("asOf").asText()), company.path("name").asText(),
                company.path("currency").asText(),
                new FiscalYear(LocalDate.parse(fy.path("start").asText()), LocalDate.parse(fy.path("end").asText())),
                views);
    }

    @Override
    public String toString() {
        return "Extraction[" + companyName + " " + asOf + " " + views.keySet() + "]";
    }
}
