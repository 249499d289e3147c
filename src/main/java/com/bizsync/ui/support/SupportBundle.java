package com.bizsync.ui.support;

import com.bizsync.settings.AppHome;
import com.bizsync.settings.SettingsExport;
import com.bizsync.settings.SettingsStore;
import com.bizsync.ui.common.AppContext;
import com.bizsync.ui.journal.JournalCsv;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One zip an administrator sends to support: the technical logs ({@code logs/} under the
 * BizSync home), the publication journal as CSV ({@link JournalCsv}, as the log screen exports
 * it) and the settings without any secret ({@link SettingsExport}). The
 * settings database and its key file are never included.
 */
public final class SupportBundle {
    public static final String JOURNAL_ENTRY = "journal-publication.csv";
    public static final String SETTINGS_ENTRY = "settings.json";
    public static final String SYSTEM_ENTRY = "system.txt";
    public static final String LOGS_FOLDER = "logs/";
    private static final Logger LOG = LoggerFactory.getLogger(SupportBundle.class);

    private SupportBundle() {
    }

    public static void write(AppContext context, Path zip) throws IOException {
        write(context.settings(), AppHome.resolve(), zip);
    }

    /** Writes the bundle for the settings of this home folder; an existing file is replaced. */
    public static void write(SettingsStore settings, Path home, Path zip) throws IOException {
        Path temporary = Files.createTempFile(zip.toAbsolutePath().getParent(), "bizsync-support", ".part");
        try {
            try (OutputStream file = Files.newOutputStream(temporary); ZipOutputStream out = new ZipOutputStream(file)) {
                entry(out, SYSTEM_ENTRY, system().getBytes(StandardCharsets.UTF_8));
                // Written from bytes: Jackson's writeValue would close the zip stream.
                entry(out, SETTINGS_ENTRY, SettingsExport.toJson(settings).toPrettyString().getBytes(StandardCharsets.UTF_8));
                out.putNextEntry(new ZipEntry(JOURNAL_ENTRY));
                JournalCsv.write(settings.journal(SettingsStore.JournalFilter.ALL), out);
                out.closeEntry();
                addLogs(out, home.resolve("logs"));
            }
            Files.move(temporary, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Support bundle written to {}", zip);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void addLogs(ZipOutputStream out, Path logs) throws IOException {
        if (!Files.isDirectory(logs)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(logs)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path log : files) {
            String name = LOGS_FOLDER + logs.relativize(log).toString().replace('\\', '/');
            out.putNextEntry(new ZipEntry(name));
            // The current log is still being appended to: copy what is there now.
            Files.copy(log, out);
            out.closeEntry();
        }
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    /** What support asks first: which version, which Java, which system. */
    private static String system() {
        return "BizSync " + com.bizsync.about.Version.current() + "\n"
                + "created " + Instant.now() + "\n"
                + "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "os " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "\n"
                + "locale " + java.util.Locale.getDefault() + ", zone " + java.time.ZoneId.systemDefault() + "\n";
    }
}
