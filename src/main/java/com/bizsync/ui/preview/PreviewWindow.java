package com.bizsync.ui.preview;

import com.bizsync.i18n.Messages;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Theme;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Opens the preview in its own window, owned by the console; with a code it shows that company at once. */
public final class PreviewWindow {
    private PreviewWindow() {
    }

    public static Stage open(AppContext context, Optional<String> code) {
        PreviewView view = new PreviewView(context);
        Stage stage = new Stage();
        if (context.owner() != null) {
            stage.initOwner(context.owner());
        }
        stage.setTitle(Messages.get("preview.title"));
        var size = com.bizsync.ui.common.ScreenFit.scene(940, 720);
        stage.setScene(Theme.decorate(new Scene((javafx.scene.Parent) view.node(), size.getWidth(), size.getHeight())));
        stage.setUserData(view);
        view.setOnClose(stage::close);
        view.ready().thenRun(() -> code.ifPresent(c -> {
            view.model().select(c);
            view.model().run();
        }));
        stage.show();
        return stage;
    }
}
