package com.bizsync.ui.console;

import com.bizsync.alerts.AlertMailText;
import com.bizsync.alerts.Incident;
import com.bizsync.i18n.Messages;
import com.bizsync.settings.AlertState;
import com.bizsync.ui.common.Icons;
import com.bizsync.ui.common.Texts;
import java.time.Instant;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

/**
 * The banner under the toolbar while companies are in incident (failed runs in a row, or late
 * for the schedule): one line each, saying since when and why, until a publication succeeds.
 */
final class AlertBanner extends VBox {
    /** Marks the row of a company in incident in the lists. */
    static final PseudoClass INCIDENT = PseudoClass.getPseudoClass("incident");

    AlertBanner(ObservableList<Incident> incidents) {
        setId("alert-banner");
        getStyleClass().add("alert-banner");
        setSpacing(2);
        visibleProperty().bind(Bindings.isNotEmpty(incidents));
        managedProperty().bind(visibleProperty());
        incidents.addListener((javafx.collections.ListChangeListener<Incident>) change -> show(incidents));
        show(incidents);
    }

    private void show(ObservableList<Incident> incidents) {
        getChildren().clear();
        if (incidents.isEmpty()) {
            return;
        }
        Label title = new Label(Texts.t("alerts.banner.title"), Icons.of(MaterialDesignB.BELL_ALERT));
        title.setId("alert-banner-title");
        title.getStyleClass().add("alert-banner-title");
        getChildren().add(title);
        for (Incident incident : incidents) {
            Label line = new Label(line(incident));
            line.setId("alert-banner-" + incident.code());
            line.setWrapText(true);
            getChildren().add(line);
        }
        Label hint = new Label(Texts.t("alerts.banner.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        getChildren().add(hint);
    }

    static String line(Incident i) {
        if (i.cause() == AlertState.Cause.LATE) {
            return Texts.t("alerts.banner.late", i.code(), i.name(), when(i.lastSuccess()));
        }
        return Texts.t("alerts.banner.failures", i.code(), i.name(), i.failures(), when(i.since()), i.lastError());
    }

    /** The short form shown in the company's row. */
    static String mark(Incident i) {
        return Texts.t(i.cause() == AlertState.Cause.LATE ? "alerts.mark.late" : "alerts.mark.failures",
                when(i.cause() == AlertState.Cause.LATE ? i.lastSuccess() : i.since()));
    }

    private static String when(Instant instant) {
        return instant == null ? "?" : AlertMailText.when(Messages.locale(), ZoneId.systemDefault(), instant);
    }
}
