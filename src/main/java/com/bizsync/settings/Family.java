package com.bizsync.settings;

import com.bizsync.views.ViewId;
import java.util.List;
import java.util.Set;

/** A group of companies published as one consolidated company under its own code. */
public record Family(String code, String name, List<String> companyCodes, Set<ViewId> views) {
    public Family {
        companyCodes = List.copyOf(companyCodes);
        views = Set.copyOf(views);
    }
}
