package com.bizsync.ui.forms;

import com.bizsync.views.ViewId;
import com.bizsync.views.ViewId.Domain;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The views of a company (or granted to a user on a company) as checkboxes, grouped by domain. A
 * domain whose database is missing cannot be ticked: its views do not exist for that company.
 */
public final class ViewChecklistModel {
    private final Map<ViewId, BooleanProperty> ticks = new EnumMap<>(ViewId.class);
    private final Map<Domain, BooleanProperty> available = new EnumMap<>(Domain.class);
    private final Map<ViewId, BooleanProperty> offered = new EnumMap<>(ViewId.class);
    private final BooleanBinding anySelected;

    public ViewChecklistModel() {
        for (Domain domain : Domain.values()) {
            available.put(domain, new SimpleBooleanProperty(true));
        }
        for (ViewId view : ViewId.values()) {
            ticks.put(view, new SimpleBooleanProperty());
            offered.put(view, new SimpleBooleanProperty(true));
        }
        Observable[] all = new Observable[ticks.size() + available.size() + offered.size()];
        int i = 0;
        for (BooleanProperty tick : ticks.values()) {
            all[i++] = tick;
        }
        for (BooleanProperty domain : available.values()) {
            all[i++] = domain;
        }
        for (BooleanProperty view : offered.values()) {
            all[i++] = view;
        }
        anySelected = Bindings.createBooleanBinding(() -> !selected().isEmpty(), all);
    }

    public void load(Set<ViewId> views) {
        ticks.forEach((view, tick) -> tick.set(views.contains(view)));
    }

    /** The ticked views of the available domains. */
    public Set<ViewId> selected() {
        Set<ViewId> chosen = EnumSet.noneOf(ViewId.class);
        ticks.forEach((view, tick) -> {
            if (tick.get() && available.get(view.domain()).get() && offered.get(view).get()) {
                chosen.add(view);
            }
        });
        return chosen;
    }

    public BooleanProperty tick(ViewId view) {
        return ticks.get(view);
    }

    /** Limits the choice to these views (a user may only be granted what the company publishes). */
    public void offer(Set<ViewId> views) {
        offered.forEach((view, on) -> on.set(views.contains(view)));
    }

    public BooleanProperty offered(ViewId view) {
        return offered.get(view);
    }

    public BooleanProperty available(Domain domain) {
        return available.get(domain);
    }

    public void tickAll(Domain domain, boolean on) {
        ViewId.ofDomain(domain).forEach(view -> ticks.get(view).set(on));
    }

    public BooleanBinding anySelected() {
        return anySelected;
    }
}
