package com.bizsync.ui.publication;

/** Page 2 of the wizard: what to do with the platform data of the chosen companies. */
public enum PublicationAction {
    PUBLISH, DELETE
}
