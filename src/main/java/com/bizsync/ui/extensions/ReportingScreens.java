package com.bizsync.ui.extensions;

import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.common.ConsoleExtensions;
import com.bizsync.ui.journal.JournalView;
import com.bizsync.ui.preview.PreviewWindow;
import com.bizsync.ui.publication.PublicationWizard;
import com.bizsync.ui.support.SupportBundleAction;
import java.util.Optional;
import javafx.scene.Node;

/**
 * The console's screens built outside its shell: publication wizard, publication log, preview
 * and support bundle. The console creates one and calls it through {@link ConsoleExtensions}.
 */
public final class ReportingScreens implements ConsoleExtensions {

    @Override
    public Node journalView(AppContext context) {
        return new JournalView(context).node();
    }

    @Override
    public void openPublicationWizard(AppContext context) {
        PublicationWizard.open(context);
    }

    @Override
    public void openPreview(AppContext context, Optional<String> code) {
        PreviewWindow.open(context, code);
    }

    @Override
    public void openSupportBundle(AppContext context) {
        SupportBundleAction.open(context);
    }
}
