package com.bizsync.platform;

import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads back the marker of {@link Fixtures#publication}: the company is named "Version N" and
 * every figure derives from N, so a reader can tell whether what it got is one whole version.
 */
final class PublicationMarker {
    private PublicationMarker() {
    }

    static int version(JsonNode doc) {
        return Integer.parseInt(doc.get("company").get("name").asText().substring("Version ".length()));
    }

    /** @return what is inconsistent in the document, or null when it is one whole version */
    static String inconsistency(JsonNode doc) {
        int v = version(doc);
        JsonNode views = doc.get("views");
        if (views.size() != ViewId.values().length) {
            return "version " + v + " has " + views.size() + " views";
        }
        for (ViewId id : ViewId.values()) {
            JsonNode view = views.get(id.id());
            boolean ok = switch (id) {
                case SALES_REVENUE, ACCOUNTING_REVENUE -> view.get("month").asDouble() == v + 1
                        && view.get("year").asDouble() == v * 11.0
                        && allAmounts(view.get("byMonth"), v, 11);
                case ORDER_BOOK_MONTH -> view.get("amount").asDouble() == v + 2;
                case ORDERS_MONTH -> view.get("amount").asDouble() == v + 3;
                case CASH_POSITION -> allAmounts(view.get("rows"), v, 5) && view.get("total").asDouble() == v * 5.0;
                default -> allAmounts(view.get("rows"), v, 5);
            };
            if (!ok) {
                return "version " + v + " has foreign figures in " + id.id() + ": " + view;
            }
        }
        return null;
    }

    private static boolean allAmounts(JsonNode list, int v, int expectedSize) {
        if (list.size() != expectedSize) {
            return false;
        }
        for (JsonNode n : list) {
            if (n.get("amount").asDouble() != v) {
                return false;
            }
        }
        return true;
    }
}
