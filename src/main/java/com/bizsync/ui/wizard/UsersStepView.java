package com.bizsync.ui.wizard;

import com.bizsync.settings.MobileUser;
import com.bizsync.ui.common.Icons;
import com.bizsync.ui.common.Tables;
import com.bizsync.ui.common.Texts;
import com.bizsync.ui.forms.UserFormView;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The users step: identification, the grants of the user being added, then the list of users. */
final class UsersStepView extends VBox {

    UsersStepView(UsersStepModel model) {
        setSpacing(8);
        Label hint = new Label(Texts.t("wizard.users.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        TabPane form = UserFormView.tabs(model.form());
        inScrollingPage(form);

        Button add = Icons.button("wizard-user-add", "wizard.users.add", MaterialDesignP.PLUS);
        add.setOnAction(e -> model.add());
        Label error = new Label();
        error.setId("wizard-user-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.error());
        HBox addRow = new HBox(12, add, error);
        addRow.setAlignment(Pos.CENTER_LEFT);

        TableView<MobileUser> table = new TableView<>(model.users());
        table.setId("wizard-users-table");
        table.setPlaceholder(new Label(Texts.t("wizard.users.empty")));
        table.getColumns().add(Tables.column("user.column.login", MobileUser::login, 140));
        table.getColumns().add(Tables.column("user.column.name", MobileUser::name, 200));
        table.getColumns().add(Tables.column("user.column.companies",
                u -> String.join(", ", new TreeSet<>(u.grants().keySet())), 260));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.keepHeadersWhole(table);
        // The page scrolls: the list grows with its rows instead of scrolling inside it.
        Tables.heightFollowsRows(table, 2);
        model.selected().bind(table.getSelectionModel().selectedItemProperty());
        Button remove = Icons.button("wizard-user-remove", "wizard.users.remove", MaterialDesignD.DELETE_OUTLINE);
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeSelected());

        Label listTitle = new Label(Texts.t("wizard.users.list"));
        listTitle.getStyleClass().add("section-title");
        getChildren().addAll(hint, form, addRow, listTitle, table, remove);
    }

    /**
     * The wizard's page scrolls, so its user form must not: the views lose their own scroll pane,
     * and the tabs are as tall as the tab shown (an empty identification tab as tall as the list
     * of views would push the Add button out of sight).
     */
    private static void inScrollingPage(TabPane tabs) {
        for (Tab tab : tabs.getTabs()) {
            if (tab.getContent() instanceof ScrollPane scroll) {
                tab.setContent(scroll.getContent());
            }
        }
        tabs.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            Tab shown = tabs.getSelectionModel().getSelectedItem();
            Node header = tabs.lookup(".tab-header-area");
            double width = tabs.getWidth() - tabs.snappedLeftInset() - tabs.snappedRightInset();
            if (shown == null || header == null || width <= 0) {
                return Region.USE_COMPUTED_SIZE;
            }
            return tabs.snappedTopInset() + tabs.snappedBottomInset() + header.prefHeight(-1)
                    + shown.getContent().prefHeight(width);
        }, tabs.widthProperty(), tabs.getSelectionModel().selectedItemProperty(), tabs.skinProperty()));
        tabs.setMinHeight(Region.USE_PREF_SIZE);
    }
}
