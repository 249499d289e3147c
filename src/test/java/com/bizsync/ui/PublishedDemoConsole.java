package com.bizsync.ui;

import com.bizsync.engine.Cancellation;
import com.bizsync.engine.OperationResult;
import com.bizsync.i18n.Messages;
import com.bizsync.testing.DemoWorld;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;

/**
 * The real console over the whole demo (its companies, family and users, the platform on
 * 127.0.0.1), everything published once as the demo does: the journal has rows, the phone has
 * data, the console's actions have something to work on. In French, the sentences tests compare.
 */
public final class PublishedDemoConsole implements AutoCloseable {
    public final DemoWorld world;
    public final UiHarness app;

    private PublishedDemoConsole(DemoWorld world, UiHarness app) {
        this.world = world;
        this.app = app;
    }

    /** Called from the TestFX @Start method, with the test's own folder. */
    public static PublishedDemoConsole start(Stage stage, Path root) {
        Messages.setLocale(Locale.FRENCH);
        DemoWorld world = DemoWorld.create(root);
        List<OperationResult> published = world.engine.publishAll(null, Cancellation.none());
        if (!published.stream().allMatch(OperationResult::success)) {
            throw new IllegalStateException("the demo did not publish: " + published);
        }
        UiHarness app = UiHarness.onDemoReferenceDay(world.root.resolve("home"));
        app.start(stage);
        return new PublishedDemoConsole(world, app);
    }

    @Override
    public void close() {
        app.close();
        world.close();
        Messages.setLocale(Locale.FRENCH);
    }
}
