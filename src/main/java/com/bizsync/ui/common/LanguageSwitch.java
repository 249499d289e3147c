package com.bizsync.ui.common;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.settings.SettingsStore;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.geometry.Pos;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * French / English choice; changing it switches {@link Messages}, saves it in the settings (so the
 * next start uses it) and lets the caller rebuild the screen.
 */
public final class LanguageSwitch {
    private LanguageSwitch() {
    }

    /**
     * Called before the first screen is built, since every text is read when a view is built.
     * Nothing saved (or the file unreadable, which the store has logged and the first screen will
     * report): the language stays the system's.
     */
    public static void applySaved(SettingsStore settings) {
        try {
            settings.language().ifPresent(Messages::setLocale);
        } catch (UserError unreadable) {
            // Not worth refusing to start over: the console works in either language.
        }
    }

    public static HBox create(AppContext context, Runnable onChanged) {
        return create(context, () -> true, onChanged);
    }

    /**
     * @param mayChange asked first, since the screen is rebuilt (a page with unsaved changes asks
     *                  whether to save them); false keeps the language as it is
     */
    public static HBox create(AppContext context, java.util.function.BooleanSupplier mayChange, Runnable onChanged) {
        ComboBox<Locale> choice = new ComboBox<>();
        choice.setId("language");
        choice.getItems().setAll(List.of(Locale.FRENCH, Locale.ENGLISH));
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : Texts.t("language." + locale.getLanguage());
            }

            @Override
            public Locale fromString(String text) {
                return choice.getItems().stream().filter(l -> toString(l).equals(text)).findFirst().orElse(null);
            }
        });
        choice.setValue("en".equals(Messages.locale().getLanguage()) ? Locale.ENGLISH : Locale.FRENCH);
        choice.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.getLanguage().equals(Messages.locale().getLanguage())) {
                if (!mayChange.getAsBoolean()) {
                    // Back to the language in use, once this change is over.
                    javafx.application.Platform.runLater(() -> choice.setValue(old));
                    return;
                }
                Messages.setLocale(now);
                onChanged.run();
                save(context, now);
            }
        });
        Label label = new Label(null, Icons.of(MaterialDesignT.TRANSLATE));
        label.setLabelFor(choice);
        HBox box = new HBox(6, label, choice);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setStyle("-fx-padding: 8;");
        return box;
    }

    /**
     * Saved off the FX thread: a scheduled run writing the settings file at that moment would
     * otherwise hold the window until it lets go. The switch already applies to this session; a
     * failed save only costs the choice at the next start, which the dialog says.
     */
    private static void save(AppContext context, Locale language) {
        CompletableFuture.runAsync(() -> context.settings().saveLanguage(language), context.background())
                .whenComplete((saved, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure;
                        Platform.runLater(() -> Dialogs.error(context.owner(), cause));
                    }
                });
    }
}
