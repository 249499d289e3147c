package com.bizsync.ui.wizard;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** One page of the first-run wizard: its form, whether it is valid, and how it loads and saves. */
interface WizardStep {

    /** Stable name kept in the settings ({@code markWizardStep}) so the wizard can resume. */
    String id();

    String titleKey();

    Ikon icon();

    /** Built once, on first display. */
    Node view();

    BooleanExpression valid();

    /** Reads the stored values into the form (on entering the step). */
    void load();

    /** Writes the form to the settings (on leaving a valid step); may throw a {@code UserError}. */
    void save();

    /** Shows every field's reason, after a refused Next. */
    void reveal();
}
