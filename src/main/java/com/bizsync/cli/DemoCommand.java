package com.bizsync.cli;

import com.bizsync.demo.DemoCompany;
import com.bizsync.demo.DemoDatabaseGenerator;
import com.bizsync.engine.DefaultEngine;
import com.bizsync.engine.OperationResult;
import com.bizsync.engine.ProgressListener;
import com.bizsync.engine.Cancellation;
import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.platform.PlatformConfig;
import com.bizsync.platform.PlatformServer;
import com.bizsync.settings.AppHome;
import com.bizsync.settings.SqliteSettingsStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The newcomer's command: demo Sage companies, a local platform, settings filled in, one
 * publication, then the console. Everything lives under {@code <home>/demo}.
 */
@Command(name = "demo")
final class DemoCommand implements Callable<Integer> {
    static final int PREFERRED_PORT = 8080;

    @Spec
    CommandSpec spec;

    @Option(names = "--no-console")
    boolean noConsole;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        // The demo and the console it opens use the user's own folder, never an installation's.
        System.setProperty("bizsync.home", AppHome.resolveForDemo().toString());
        try (SqliteSettingsStore store = SqliteSettingsStore.openDefault()) {
            DemoSetup.requireDemoOrEmpty(store);
        }
        Path demoFolder = AppHome.resolve().resolve("demo");
        // Built around today, so the current month and fiscal year have figures whatever the date.
        Clock clock = Clock.systemDefaultZone();
        List<DemoCompany> companies = DemoDatabaseGenerator.writeDemoCompaniesAround(demoFolder, LocalDate.now(clock));
        Path platformData = demoFolder.resolve("platform");
        DemoSetup.ensureCustomer(platformData);
        PlatformServer server = startPlatform(platformData);
        try {
            String platformUrl = "http://127.0.0.1:" + server.port();
            List<OperationResult> results;
            DemoSetup.Logins logins;
            try (SqliteSettingsStore store = SqliteSettingsStore.openDefault()) {
                logins = DemoSetup.fillSettings(store, platformUrl, companies);
                out.println(Messages.get("engine.demo.publishing", platformUrl));
                out.flush();
                results = new DefaultEngine(store, clock)
                        .publishAll(ProgressListener.NONE, Cancellation.none());
            }
            PublishCommand.ResultLines.print(results, out, spec.commandLine().getErr());
            out.println();
            out.println(Messages.get("engine.demo.dashboard", server.url()));
            out.println(Messages.get("engine.demo.customer", DemoSetup.CUSTOMER, DemoSetup.CUSTOMER_PASSWORD));
            // Not the default platform folder: "platform customer …" needs --data to reach the demo's customers.
            out.println(Messages.get("engine.demo.platformData", platformData));
            for (DemoSetup.Login login : logins.list()) {
                out.println(Messages.get("engine.demo.login", login.login(), login.password(), login.companies()));
            }
            out.flush();
            if (noConsole || !openConsole(spec.commandLine().getErr())) {
                out.println(Messages.get("engine.demo.serving"));
                out.flush();
                waitForCtrlC();
            }
        } finally {
            server.close();
        }
        return 0;
    }

    /**
     * Opens the console and returns when it is closed. On a machine without a display the demo
     * still serves the dashboard: it says why the console did not open and keeps serving.
     */
    private static boolean openConsole(PrintWriter err) {
        try {
            ConsoleCommand.openConsole(new String[0]);
            return true;
        } catch (RuntimeException | LinkageError e) {
            LoggerFactory.getLogger(DemoCommand.class).warn("The console could not open", e);
            err.println(Messages.get("engine.demo.noConsole", String.valueOf(e.getMessage())));
            err.flush();
            return false;
        }
    }

    /** Port 8080 when free, else any free port: the demo must start on a busy developer machine. */
    private static PlatformServer startPlatform(Path data) {
        PlatformConfig config = PlatformConfig.defaults(data);
        try {
            return PlatformServer.start(config.withPort(PREFERRED_PORT));
        } catch (UserError e) {
            return PlatformServer.start(config.withPort(0));
        }
    }

    private static void waitForCtrlC() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "demo-stop"));
        stopped.await();
    }
}
