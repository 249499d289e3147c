package com.bizsync.ui.support;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.Busy;
import com.bizsync.ui.common.Dialogs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import javafx.stage.FileChooser;

/** The console action: choose where to save, write the bundle off the FX thread, say where it is. */
public final class SupportBundleAction {
    private SupportBundleAction() {
    }

    public static void open(AppContext context) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("support.save.title"));
        chooser.setInitialFileName(Messages.get("support.save.defaultName",
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(LocalDateTime.now())));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("support.save.fileType"), "*.zip"));
        File file = chooser.showSaveDialog(context.owner());
        if (file != null) {
            save(context, file.toPath());
        }
    }

    /** Writes the bundle to {@code zip} and reports in a dialog; call on the FX thread. */
    public static CompletableFuture<Path> save(AppContext context, Path zip) {
        return new Busy(context.background()).run(() -> {
            try {
                SupportBundle.write(context, zip);
            } catch (IOException e) {
                throw new UserError(e, "support.failed", zip);
            }
            return zip;
        }, written -> Dialogs.info(context.owner(), Messages.get("support.done", written)),
                sentence -> Dialogs.error(context.owner(), sentence));
    }
}
