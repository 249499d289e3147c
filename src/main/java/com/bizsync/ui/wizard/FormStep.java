package com.bizsync.ui.wizard;

import java.util.function.Supplier;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** A wizard step made of one settings form (portal, database, proxy). */
final class FormStep implements WizardStep {
    private final String id;
    private final String titleKey;
    private final Ikon icon;
    private final Supplier<Node> viewFactory;
    private final BooleanExpression valid;
    private final Runnable load;
    private final Runnable save;
    private final Runnable reveal;
    private Node view;

    FormStep(String id, String titleKey, Ikon icon, Supplier<Node> viewFactory, BooleanExpression valid,
             Runnable load, Runnable save, Runnable reveal) {
        this.id = id;
        this.titleKey = titleKey;
        this.icon = icon;
        this.viewFactory = viewFactory;
        this.valid = valid;
        this.load = load;
        this.save = save;
        this.reveal = reveal;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public Ikon icon() {
        return icon;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = viewFactory.get();
        }
        return view;
    }

    @Override
    public BooleanExpression valid() {
        return valid;
    }

    @Override
    public void load() {
        load.run();
    }

    @Override
    public void save() {
        save.run();
    }

    @Override
    public void reveal() {
        reveal.run();
    }
}
