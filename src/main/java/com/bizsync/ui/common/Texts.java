package com.bizsync.ui.common;

import com.bizsync.i18n.Messages;

/** Short-hand for the console's bundle area {@code ui}: {@code Texts.t("wizard.next")} reads {@code ui.wizard.next}. */
public final class Texts {
    private Texts() {
    }

    public static String t(String key, Object... args) {
        return Messages.get("ui." + key, args);
    }
}
