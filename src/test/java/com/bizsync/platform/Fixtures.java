package com.bizsync.platform;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Test data: publications in the {@code extract} shape, users with bcrypt hashes, accounts. */
final class Fixtures {
    private Fixtures() {
    }

    /**
     * Creates a customer account directly in the storage folder, as {@code platform customer add}
     * does, with a cheap bcrypt cost so tests stay fast (the server accepts any bcrypt cost).
     */
    static void addCustomer(Path dataFolder, String code, String name, String password) {
        try (SqlitePlatformStorage storage = SqlitePlatformStorage.open(dataFolder)) {
            if (!storage.addCustomer(code, name, bcrypt(password))) {
                throw new IllegalStateException("customer exists: " + code);
            }
        }
    }

    /** A cheap bcrypt hash (cost 4) as the console would send it; the cost is the console's choice. */
    static String bcrypt(String password) {
        return BCrypt.withDefaults().hashToString(4, password.toCharArray());
    }

    static ObjectNode user(String login, String name, String password, Map<String, List<String>> grants) {
        ObjectNode u = Api.JSON.createObjectNode();
        u.put("login", login).put("name", name).put("passwordHash", bcrypt(password));
        ObjectNode g = u.putObject("grants");
        grants.forEach((company, views) -> views.forEach(g.putArray(company)::add));
        return u;
    }

    static ObjectNode users(ObjectNode... users) {
        ObjectNode body = Api.JSON.createObjectNode();
        ArrayNode list = body.putArray("users");
        for (ObjectNode u : users) {
            list.add(u);
        }
        return body;
    }

    /**
     * A publication with every view; every amount derives from {@code base}, so a reader can
     * tell which version it got and whether it is complete and unmixed.
     */
    static ObjectNode publication(String companyName, double base) {
        ObjectNode doc = Api.JSON.createObjectNode();
        doc.put("asOf", "2026-11-22");
        ObjectNode company = doc.putObject("company");
        company.put("name", companyName).put("currency", "EUR");
        company.putObject("fiscalYear").put("start", "2026-01-01").put("end", "2026-12-31");
        ObjectNode views = doc.putObject("views");
        for (ViewId id : ViewId.values()) {
            ObjectNode v = views.putObject(id.id());
            switch (id) {
                case SALES_REVENUE, ACCOUNTING_REVENUE -> {
                    v.put("month", base + 1).put("year", base * 11);
                    ArrayNode byMonth = v.putArray("byMonth");
                    for (int m = 1; m <= 11; m++) {
                        byMonth.addObject().put("month", String.format("2026-%02d", m)).put("amount", base);
                    }
                }
                case ORDER_BOOK_MONTH -> v.put("amount", base + 2).put("documents", 3);
                case ORDERS_MONTH -> v.put("amount", base + 3).put("orders", 4);
                default -> {
                    ArrayNode rows = v.putArray("rows");
                    for (int r = 1; r <= 5; r++) {
                        rows.addObject().put("rank", r).put("code", "C" + r).put("label", "Client " + r)
                                .put("amount", base);
                    }
                    if (id == ViewId.CASH_POSITION) {
                        v.put("total", base * 5);
                    }
                }
            }
        }
        return doc;
    }

    /** A company with figures that look like a real jeweller's, for the screenshot. */
    static ObjectNode showcase() {
        ObjectNode doc = Fixtures.publication("Bijoux du Sud", 0);
        ObjectNode views = (ObjectNode) doc.get("views");
        ObjectNode sales = views.putObject("sales_revenue").put("month", 12480.50).put("year", 98765.43);
        ArrayNode byMonth = sales.putArray("byMonth");
        double[] months = {6120.0, 7340.5, 9010.0, 8120.25, 10230.0, 7790.0, 5410.0, 4380.0, 9870.0, 11014.68, 12480.5};
        for (int i = 0; i < months.length; i++) {
            byMonth.addObject().put("month", String.format("2026-%02d", i + 1)).put("amount", months[i]);
        }
        views.putObject("order_book_month").put("amount", 15320.0).put("documents", 7);
        ArrayNode top = views.putObject("top5_customers_month").putArray("rows");
        String[][] customers = {{"LEMOINE", "Bijouterie Lemoine"}, {"ORFEVRE", "L'Orfèvre du Vieux-Port"},
            {"CARAT", "Carat & Co"}, {"PERLE", "Perle de Nice"}, {"SOLEIL", "Atelier Soleil"}};
        double[] amounts = {4210.0, 3180.5, 2240.0, 1510.0, 890.0};
        for (int i = 0; i < customers.length; i++) {
            top.addObject().put("rank", i + 1).put("code", customers[i][0]).put("label", customers[i][1])
                    .put("amount", amounts[i]);
        }
        ObjectNode cash = views.putObject("cash_position");
        ArrayNode accounts = cash.putArray("rows");
        accounts.addObject().put("code", "512000").put("label", "Banque Populaire").put("amount", 38500.10);
        accounts.addObject().put("code", "512100").put("label", "Crédit Agricole").put("amount", 6500.0);
        accounts.addObject().put("code", "512200").put("label", "CIC").put("amount", -1234.0);
        cash.put("total", 43766.10);
        return doc;
    }
}
