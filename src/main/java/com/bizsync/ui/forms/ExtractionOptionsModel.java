package com.bizsync.ui.forms;

import com.bizsync.settings.SettingsValidator;
import com.bizsync.ui.common.CheckedField;
import com.bizsync.ui.common.ValidatedText;
import com.bizsync.views.ExtractionSettings;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * A company's « Paramètres » (the original's extraction options, docs/views.md): its revenue
 * account prefixes (blank = the general setting, 70), its cash account prefixes (blank = the
 * treasury journals' accounts), and the statistical field grouping customers and items
 * (0 = tariff category and item family).
 */
public final class ExtractionOptionsModel {
    private final ValidatedText revenuePrefixes = new ValidatedText(SettingsValidator::accountPrefixesError);
    private final ValidatedText cashPrefixes = new ValidatedText(SettingsValidator::accountPrefixesError);
    private final IntegerProperty customerStatistic = new SimpleIntegerProperty(0);
    private final IntegerProperty itemStatistic = new SimpleIntegerProperty(0);

    public void load(ExtractionSettings settings) {
        revenuePrefixes.load(ExtractionSettings.text(settings.revenuePrefixes()));
        cashPrefixes.load(ExtractionSettings.text(settings.cashPrefixes()));
        customerStatistic.set(settings.customerStatistic());
        itemStatistic.set(settings.itemStatistic());
    }

    /** The options as typed; the fields' rules say whether they can be saved. */
    public ExtractionSettings value() {
        return new ExtractionSettings(ExtractionSettings.prefixes(revenuePrefixes.text()),
                ExtractionSettings.prefixes(cashPrefixes.text()), customerStatistic.get(), itemStatistic.get());
    }

    /** The typed fields, for the form's page check. */
    List<CheckedField> fields() {
        return List.of(revenuePrefixes, cashPrefixes);
    }

    void reveal() {
        revenuePrefixes.reveal();
        cashPrefixes.reveal();
    }

    public ValidatedText revenuePrefixes() {
        return revenuePrefixes;
    }

    public ValidatedText cashPrefixes() {
        return cashPrefixes;
    }

    public IntegerProperty customerStatistic() {
        return customerStatistic;
    }

    public IntegerProperty itemStatistic() {
        return itemStatistic;
    }
}
