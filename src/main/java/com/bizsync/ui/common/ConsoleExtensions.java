package com.bizsync.ui.common;

import java.util.Optional;
import javafx.scene.Node;

/**
 * The screens the console hosts but does not build itself (publication wizard, publication log,
 * preview, support bundle, built in their own packages). The console only knows this interface,
 * so each screen plugs in without the console depending on its internals.
 */
public interface ConsoleExtensions {

    /** The publication log shown when the "Journal de publication" folder is selected. */
    Node journalView(AppContext context);

    /** Opens the publication wizard ("Assistant de publication"). */
    void openPublicationWizard(AppContext context);

    /** Shows what would be published for this company or family code. */
    void openPreview(AppContext context, Optional<String> code);

    /** Opens the support bundle screen. */
    void openSupportBundle(AppContext context);
}
