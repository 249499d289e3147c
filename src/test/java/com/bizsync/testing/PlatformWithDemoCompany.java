package com.bizsync.testing;

import com.bizsync.demo.DemoCompany;
import com.bizsync.demo.DemoDatabaseGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a whole test class: the real platform on 127.0.0.1 with one customer account, and one
 * generated demo Sage company (BIJOU), in a temporary folder removed afterwards. Register it as a
 * static {@code @RegisterExtension} field.
 */
public final class PlatformWithDemoCompany implements BeforeAllCallback, AfterAllCallback {
    private final String customer;
    private final String portalPassword;
    private Path folder;
    private LocalPlatform platform;
    private DemoCompany demo;

    public PlatformWithDemoCompany(String customer, String portalPassword) {
        this.customer = customer;
        this.portalPassword = portalPassword;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("bizsync-platform-demo-");
        platform = LocalPlatform.start(Files.createDirectories(folder.resolve("platform")), customer, portalPassword);
        demo = DemoDatabaseGenerator.writeCompany(folder.resolve("demo").resolve("BIJOU.db"), 600, 1200);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (platform != null) {
            platform.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(PlatformWithDemoCompany::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LocalPlatform platform() {
        return platform;
    }

    public DemoCompany demo() {
        return demo;
    }

    /**
     * Settings connected to this platform and this company, as a finished first-run wizard leaves
     * them: the portal credentials, a SQL login (unused by the SQLite demo file), the system proxy,
     * and the demo company publishing every view.
     */
    public void connect(com.bizsync.settings.SettingsStore store) {
        store.savePortal(new com.bizsync.settings.PortalSettings(platform.url(), customer, portalPassword));
        store.saveDatabaseLogin(new com.bizsync.settings.DatabaseLogin("localhost", "", null,
                com.bizsync.settings.DatabaseLogin.Authentication.SQL, "", "sa", "sa-password"));
        store.saveProxy(com.bizsync.settings.ProxySettings.SYSTEM);
        store.saveCompany(new com.bizsync.settings.Company(demo.code(), demo.name(), demo.file().toString(),
                demo.file().toString(), java.util.EnumSet.allOf(com.bizsync.views.ViewId.class)));
    }
}
