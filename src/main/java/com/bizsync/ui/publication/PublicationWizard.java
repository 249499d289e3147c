package com.bizsync.ui.publication;

import com.bizsync.i18n.Messages;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Theme;
import java.util.Collection;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;

/** Opens the publication wizard in its own window, owned by the console. */
public final class PublicationWizard {
    private PublicationWizard() {
    }

    public static Stage open(AppContext context) {
        return open(context, List.of());
    }

    /** Opens the wizard with these companies already ticked on page 3 (the console's selection). */
    public static Stage open(AppContext context, Collection<String> preselected) {
        PublicationWizardViewModel model = new PublicationWizardViewModel(context.settings(), context.engine(),
                context.background());
        PublicationWizardView view = new PublicationWizardView(model);
        Stage stage = new Stage();
        if (context.owner() != null) {
            stage.initOwner(context.owner());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("publication.title"));
        var size = com.bizsync.ui.common.ScreenFit.scene(860, 560);
        stage.setScene(Theme.decorate(new Scene((Parent) view.node(), size.getWidth(), size.getHeight())));
        view.setOnClose(stage::close);
        // Closing the window during a run asks the engine to stop instead of leaving it running unseen.
        stage.setOnCloseRequest(e -> {
            if (model.runningProperty().get()) {
                model.cancel();
            }
        });
        stage.setUserData(view);
        // The load completes on the FX thread, once page 3 lists the companies.
        model.load().thenRun(() -> model.select(preselected));
        stage.show();
        return stage;
    }
}
