package com.bizsync.views;

import com.bizsync.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The published views of VIEWS.md, with the database domain each one reads. */
public enum ViewId {
    SALES_REVENUE("sales_revenue", Domain.COMMERCIAL),
    ORDER_BOOK_MONTH("order_book_month", Domain.COMMERCIAL),
    ORDERS_MONTH("orders_month", Domain.COMMERCIAL),
    TOP5_CUSTOMERS_MONTH("top5_customers_month", Domain.COMMERCIAL),
    TOP5_CUSTOMERS_YEAR("top5_customers_year", Domain.COMMERCIAL),
    TOP5_CUSTOMER_CATEGORIES_MONTH("top5_customer_categories_month", Domain.COMMERCIAL),
    TOP5_CUSTOMER_CATEGORIES_YEAR("top5_customer_categories_year", Domain.COMMERCIAL),
    TOP5_ITEMS_MONTH("top5_items_month", Domain.COMMERCIAL),
    TOP5_ITEMS_YEAR("top5_items_year", Domain.COMMERCIAL),
    TOP5_ITEM_FAMILIES_MONTH("top5_item_families_month", Domain.COMMERCIAL),
    TOP5_ITEM_FAMILIES_YEAR("top5_item_families_year", Domain.COMMERCIAL),
    TOP5_SALES_REPS_MONTH("top5_sales_reps_month", Domain.COMMERCIAL),
    TOP5_SALES_REPS_YEAR("top5_sales_reps_year", Domain.COMMERCIAL),
    ACCOUNTING_REVENUE("accounting_revenue", Domain.ACCOUNTING),
    TOP5_CUSTOMER_OUTSTANDING("top5_customer_outstanding", Domain.ACCOUNTING),
    TOP5_SUPPLIER_OUTSTANDING("top5_supplier_outstanding", Domain.ACCOUNTING),
    CASH_POSITION("cash_position", Domain.ACCOUNTING);

    /** Which Sage database a view reads: the accounting (.MAE) or commercial (.GCM) side. */
    public enum Domain { ACCOUNTING, COMMERCIAL }

    private final String id;
    private final Domain domain;

    ViewId(String id, Domain domain) {
        this.id = id;
        this.domain = domain;
    }

    /** The identifier used in JSON, in the settings and on the platform. */
    public String id() {
        return id;
    }

    public Domain domain() {
        return domain;
    }

    /** Label in the user's language (bundle {@code views}). */
    public String label() {
        return Messages.get("views." + id);
    }

    public static Optional<ViewId> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }

    public static List<ViewId> ofDomain(Domain domain) {
        return Arrays.stream(values()).filter(v -> v.domain == domain).toList();
    }
}
