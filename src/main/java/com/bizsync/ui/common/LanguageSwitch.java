package com.bizsync.ui.common;

import com.bizsync.i18n.Messages;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.geometry.Pos;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** French / English choice; changing it switches {@link Messages} and lets the caller rebuild the screen. */
public final class LanguageSwitch {
    private LanguageSwitch() {
    }

    public static HBox create(Runnable onChanged) {
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
                Messages.setLocale(now);
                onChanged.run();
            }
        });
        Label label = new Label(null, Icons.of(MaterialDesignT.TRANSLATE));
        label.setLabelFor(choice);
        HBox box = new HBox(6, label, choice);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setStyle("-fx-padding: 8;");
        return box;
    }
}
