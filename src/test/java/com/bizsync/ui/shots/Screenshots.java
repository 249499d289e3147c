package com.bizsync.ui.shots;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves what a screen looks like under target/screenshots, so a test run never writes into the
 * repository. The user guide's pictures in docs/screenshots are refreshed on request only:
 * {@code mvn -B verify -Dbizsync.updateScreenshots=true} (README).
 */
public final class Screenshots {
    public static final Path FOLDER = Path.of("target", "screenshots");
    public static final Path DOCS = Path.of("docs", "screenshots");

    private Screenshots() {
    }

    public static Path save(Node node, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)));
        return save(image, name);
    }

    /** Saves a snapshot taken earlier (on the FX thread, at the moment worth showing). */
    public static Path save(javafx.scene.image.Image image, String name) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return savePng(png.toByteArray(), name);
    }

    /** Saves a PNG made elsewhere (a browser's screenshot). */
    public static Path savePng(byte[] png, String name) {
        Path file = write(FOLDER, name, png);
        if (Boolean.getBoolean("bizsync.updateScreenshots")) {
            write(DOCS, name, png);
        }
        return file;
    }

    private static Path write(Path folder, String name, byte[] png) {
        Path file = folder.resolve(name + ".png");
        try {
            Files.createDirectories(folder);
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
