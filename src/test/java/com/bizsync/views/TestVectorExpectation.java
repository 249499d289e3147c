package com.bizsync.views;

/** The research note's §12 expected figures at 2024-06-15, as the extract JSON. */
public final class TestVectorExpectation {
    private TestVectorExpectation() {
    }

    public static final String JSON = """
            {
              "asOf": "2024-06-15",
              "company": { "name": "DEMO BIJOUX SARL", "currency": "EUR",
                           "fiscalYear": { "start": "2024-01-01", "end": "2024-12-31" } },
              "views": {
                "sales_revenue": { "month": 100, "year": 400, "byMonth": [
                  {"month": "2024-01", "amount": 0}, {"month": "2024-02", "amount": 0},
                  {"month": "2024-03", "amount": 0}, {"month": "2024-04", "amount": 0},
                  {"month": "2024-05", "amount": 300}, {"month": "2024-06", "amount": 100} ] },
                "order_book_month": { "amount": 270, "documents": 2 },
                "orders_month": { "amount": 350, "orders": 2 },
                "top5_customers_month": { "rows": [
                  {"rank": 1, "code": "CL001", "label": "Bijouterie Lebon", "amount": 150},
                  {"rank": 2, "code": "CL002", "label": "Grossiste Or & Co", "amount": -50} ] },
                "top5_customers_year": { "rows": [
                  {"rank": 1, "code": "CL002", "label": "Grossiste Or & Co", "amount": 250},
                  {"rank": 2, "code": "CL001", "label": "Bijouterie Lebon", "amount": 150} ] },
                "top5_customer_categories_month": { "rows": [
                  {"rank": 1, "code": "1", "label": "Détaillants", "amount": 150},
                  {"rank": 2, "code": "2", "label": "Grossistes", "amount": -50} ] },
                "top5_customer_categories_year": { "rows": [
                  {"rank": 1, "code": "2", "label": "Grossistes", "amount": 250},
                  {"rank": 2, "code": "1", "label": "Détaillants", "amount": 150} ] },
                "top5_items_month": { "rows": [
                  {"rank": 1, "code": "BA001", "label": "Bague or 18k", "amount": 100},
                  {"rank": 2, "code": "CO001", "label": "Collier perles", "amount": 0} ] },
                "top5_items_year": { "rows": [
                  {"rank": 1, "code": "BA002", "label": "Bague argent", "amount": 300},
                  {"rank": 2, "code": "BA001", "label": "Bague or 18k", "amount": 100},
                  {"rank": 3, "code": "CO001", "label": "Collier perles", "amount": 0} ] },
                "top5_item_families_month": { "rows": [
                  {"rank": 1, "code": "BAGUES", "label": "Bagues", "amount": 100},
                  {"rank": 2, "code": "COLLIERS", "label": "Colliers", "amount": 0} ] },
                "top5_item_families_year": { "rows": [
                  {"rank": 1, "code": "BAGUES", "label": "Bagues", "amount": 400},
                  {"rank": 2, "code": "COLLIERS", "label": "Colliers", "amount": 0} ] },
                "top5_sales_reps_month": { "rows": [
                  {"rank": 1, "code": "1", "label": "Jean DUPONT", "amount": 150},
                  {"rank": 2, "code": "2", "label": "Claire MARTIN", "amount": -50} ] },
                "top5_sales_reps_year": { "rows": [
                  {"rank": 1, "code": "2", "label": "Claire MARTIN", "amount": 250},
                  {"rank": 2, "code": "1", "label": "Jean DUPONT", "amount": 150} ] },
                "accounting_revenue": { "month": 200, "year": 500, "byMonth": [
                  {"month": "2024-01", "amount": 0}, {"month": "2024-02", "amount": 0},
                  {"month": "2024-03", "amount": 0}, {"month": "2024-04", "amount": 0},
                  {"month": "2024-05", "amount": 300}, {"month": "2024-06", "amount": 200} ] },
                "top5_customer_outstanding": { "rows": [
                  {"rank": 1, "code": "CL002", "label": "Grossiste Or & Co", "amount": 360},
                  {"rank": 2, "code": "CL001", "label": "Bijouterie Lebon", "amount": 80} ] },
                "top5_supplier_outstanding": { "rows": [
                  {"rank": 1, "code": "FR001", "label": "Fonderie du Sud", "amount": 900} ] },
                "cash_position": { "rows": [
                  {"code": "512000", "label": "Banque", "amount": 1300},
                  {"code": "530000", "label": "Caisse", "amount": 60} ], "total": 1360 }
              }
            }""";
}
