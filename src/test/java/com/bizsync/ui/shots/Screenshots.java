package com.bizsync.ui.shots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves what a node looks like into docs/screenshots (the user guide's pictures). */
public final class Screenshots {
    public static final Path FOLDER = Path.of("docs", "screenshots");

    private Screenshots() {
    }

    public static Path save(Node node, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)));
        return save(image, name);
    }

    /** Saves a snapshot taken earlier (on the FX thread, at the moment worth showing). */
    public static Path save(javafx.scene.image.Image image, String name) {
        Path file = FOLDER.resolve(name + ".png");
        try {
            Files.createDirectories(FOLDER);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
