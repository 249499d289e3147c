package com.bizsync.ui.common;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;

/**
 * A field with its rule: the reason it is refused, shown under it ({@link #error()}) once the
 * user touched it or tried to go on ({@link #reveal()}). {@link PageCheck} leaves to each field
 * the reasons that are its own.
 */
public interface CheckedField {

    /** What the user changes in this field (the rule is read again when one changes). */
    List<Observable> inputs();

    /** The reason the field is refused, or empty; whether or not it is shown yet. */
    StringBinding reason();

    /** The reason as shown: empty until the field was touched or revealed. */
    StringBinding error();

    BooleanProperty touched();

    /** Shows the reason even if the user never touched the field (after a refused Save or Next). */
    void reveal();
}
