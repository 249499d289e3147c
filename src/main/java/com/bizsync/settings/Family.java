package com.bizsync.settings;

import com.bizsync.views.ViewId;
import java.util.List;
import java.util.Set;

/**
 * A group of companies published as one consolidated company under its own code. Like a
 * company, it has « À extraire » ({@code toExtract}).
 */
public record Family(String code, String name, List<String> companyCodes, Set<ViewId> views, boolean toExtract) {
    public Family {
        companyCodes = List.copyOf(companyCodes);
        views = Set.copyOf(views);
    }

    /** A family to extract. */
    public Family(String code, String name, List<String> companyCodes, Set<ViewId> views) {
        this(code, name, companyCodes, views, true);
    }

    public Family withToExtract(boolean extract) {
        return new Family(code, name, companyCodes, views, extract);
    }
}
