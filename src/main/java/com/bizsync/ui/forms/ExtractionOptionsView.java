package com.bizsync.ui.forms;

import com.bizsync.ui.common.FormGrid;
import com.bizsync.ui.common.Texts;
import com.bizsync.views.ExtractionSettings;
import javafx.beans.property.IntegerProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The company dialog's « Paramètres » tab: the extraction options, each with what it changes. */
public final class ExtractionOptionsView {
    private ExtractionOptionsView() {
    }

    public static FormGrid form(ExtractionOptionsModel model) {
        FormGrid form = new FormGrid();
        form.setStyle("-fx-padding: 12 0 0 0;");
        TextField revenue = form.field("company.options.revenue", Fields.text("company-revenue-prefixes",
                model.revenuePrefixes()), model.revenuePrefixes().error());
        revenue.setPromptText(Texts.t("company.options.revenue.prompt"));
        TextField cash = form.field("company.options.cash", Fields.text("company-cash-prefixes", model.cashPrefixes()),
                model.cashPrefixes().error());
        cash.setPromptText(Texts.t("company.options.cash.prompt"));
        form.field("company.options.customers", statistics("company-customer-group", model.customerStatistic(),
                ExtractionSettings.CUSTOMER_STATISTICS, "company.options.customers.category",
                ExtractionSettings::customerColumn), null);
        form.field("company.options.items", statistics("company-item-group", model.itemStatistic(),
                ExtractionSettings.ITEM_STATISTICS, "company.options.items.family", ExtractionSettings::itemColumn), null);
        Label hint = new Label(Texts.t("company.options.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        form.under(hint);
        return form;
    }

    /** 0 = the usual grouping, then Sage's statistical fields 1 to {@code count} with their column. */
    private static ComboBox<Integer> statistics(String id, IntegerProperty value, int count, String usualKey,
                                                java.util.function.IntFunction<String> column) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId(id);
        for (int i = 0; i <= count; i++) {
            box.getItems().add(i);
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                if (n == null) {
                    return "";
                }
                return n == 0 ? Texts.t(usualKey) : Texts.t("company.options.statistic", n, column.apply(n));
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        box.setValue(value.get());
        box.valueProperty().addListener((obs, old, now) -> value.set(now == null ? 0 : now));
        value.addListener((obs, old, now) -> box.setValue(now.intValue()));
        return box;
    }
}
