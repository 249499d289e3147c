package com.bizsync.views;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The sales invoice views (revenue and the ten top-5 lists) built from signed amounts. A part
 * of a document (customer, representative) and a part of an item can be added apart, so that
 * each source may sum at the level it reads cheaply: the server per (customer, representative,
 * item, bucket), the SQLite scan per document and per item. The grouping rules live here only.
 */
final class InvoiceGroups {
    private final Periods periods;
    private final SageLabels labels;
    private final Map<Integer, BigDecimal> byBucket = new HashMap<>();
    private final CommercialViews.GroupSums customers = new CommercialViews.GroupSums();
    private final CommercialViews.GroupSums customerGroups = new CommercialViews.GroupSums();
    private final CommercialViews.GroupSums items = new CommercialViews.GroupSums();
    private final CommercialViews.GroupSums itemGroups = new CommercialViews.GroupSums();
    private final CommercialViews.GroupSums reps = new CommercialViews.GroupSums();

    InvoiceGroups(Periods periods, SageLabels labels) {
        this.periods = periods;
        this.labels = labels;
    }

    /** Revenue, customer, customer group and representative of a document's amount in a bucket. */
    void addDocument(String tiers, String rep, int bucketIndex, BigDecimal amount) {
        Periods.Bucket bucket = periods.buckets.get(bucketIndex);
        byBucket.merge(bucketIndex, amount, BigDecimal::add);
        customers.add(tiers, bucket, amount);
        SageLabels.ThirdParty customer = labels.thirdParties.get(tiers);
        // Invoices of a customer missing from F_COMPTET have no group: left out.
        if (customer != null && customer.group() != null) {
            customerGroups.add(customer.group(), bucket, amount);
        }
        if (!"0".equals(rep)) {
            reps.add(rep, bucket, amount);
        }
    }

    /** Item and item group of an amount in a bucket (the item code trimmed; empty = no item). */
    void addItem(String item, int bucketIndex, BigDecimal amount) {
        if (item.isEmpty()) {
            return;
        }
        Periods.Bucket bucket = periods.buckets.get(bucketIndex);
        items.add(item, bucket, amount);
        SageLabels.Item article = labels.items.get(item);
        if (article != null && article.group() != null) {
            itemGroups.add(article.group(), bucket, amount);
        }
    }

    void put(Map<ViewId, ViewValue> views) {
        views.put(ViewId.SALES_REVENUE, CommercialViews.periodAmounts(periods, byBucket));
        Map<String, String> customerLabels = new HashMap<>();
        labels.thirdParties.forEach((code, t) -> customerLabels.put(code, t.label()));
        customers.put(views, ViewId.TOP5_CUSTOMERS_MONTH, ViewId.TOP5_CUSTOMERS_YEAR, customerLabels);
        customerGroups.put(views, ViewId.TOP5_CUSTOMER_CATEGORIES_MONTH, ViewId.TOP5_CUSTOMER_CATEGORIES_YEAR,
                labels.customerGroups);
        Map<String, String> itemLabels = new HashMap<>();
        labels.items.forEach((code, i) -> itemLabels.put(code, i.label()));
        items.put(views, ViewId.TOP5_ITEMS_MONTH, ViewId.TOP5_ITEMS_YEAR, itemLabels);
        itemGroups.put(views, ViewId.TOP5_ITEM_FAMILIES_MONTH, ViewId.TOP5_ITEM_FAMILIES_YEAR, labels.itemGroups);
        reps.put(views, ViewId.TOP5_SALES_REPS_MONTH, ViewId.TOP5_SALES_REPS_YEAR, labels.reps);
    }
}
