package com.bizsync.testing;

import com.bizsync.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh {@link DemoWorld} for each test, in French (the sentences tests compare are French). */
public abstract class WithDemoWorld {
    @TempDir
    protected Path tmp;
    protected DemoWorld world;

    @BeforeEach
    void createWorld() {
        Messages.setLocale(Locale.FRENCH);
        world = DemoWorld.create(tmp);
    }

    @AfterEach
    void closeWorld() {
        world.close();
    }
}
