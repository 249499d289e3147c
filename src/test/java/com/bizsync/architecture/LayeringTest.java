package com.bizsync.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages by capability and the direction of their dependencies (README, docs/architecture.md):
 * cli → ui → engine → alerts → publish / platform / settings → views → source, with i18n and about
 * usable from everywhere. A dependency that points up, or the console reaching for SQL or HTTP
 * itself, fails here rather than in a review.
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.bizsync");
    }

    @Test
    void layersPointDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("com.bizsync.cli..")
                .layer("ui").definedBy("com.bizsync.ui..")
                .layer("engine").definedBy("com.bizsync.engine..")
                .layer("alerts").definedBy("com.bizsync.alerts..")
                .layer("publish").definedBy("com.bizsync.publish..")
                .layer("platform").definedBy("com.bizsync.platform..")
                .layer("settings").definedBy("com.bizsync.settings..")
                .layer("views").definedBy("com.bizsync.views..")
                .layer("source").definedBy("com.bizsync.source..")
                .layer("demo").definedBy("com.bizsync.demo..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("alerts").mayOnlyBeAccessedByLayers("cli", "ui", "engine")
                .whereLayer("publish").mayOnlyBeAccessedByLayers("cli", "engine")
                .whereLayer("platform").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("settings").mayOnlyBeAccessedByLayers("cli", "ui", "engine", "alerts", "publish")
                .whereLayer("views").mayOnlyBeAccessedByLayers(
                        "cli", "ui", "engine", "alerts", "publish", "platform", "settings")
                // The console may name the source's values (a database found on the server, whether a
                // reference is a file); it never opens a connection (the rule below).
                .whereLayer("source").mayOnlyBeAccessedByLayers("cli", "ui", "engine", "settings", "views")
                .whereLayer("demo").mayOnlyBeAccessedByLayers("cli")
                .check(classes);
    }

    @Test
    void theConsoleGoesThroughTheEngineForDatabasesAndHttp() {
        noClasses().that().resideInAPackage("com.bizsync.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "okhttp3..", "java.net.http..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.bizsync.source.SourceConnector")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.bizsync.source.SageDatabases")
                .because("the UI calls the engine, never SQL or HTTP directly")
                .check(classes);
    }

    @Test
    void sharedPackagesDependOnNoCapability() {
        noClasses().that().resideInAnyPackage("com.bizsync.i18n..", "com.bizsync.about..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.bizsync.cli..", "com.bizsync.ui..", "com.bizsync.engine..", "com.bizsync.alerts..",
                        "com.bizsync.publish..", "com.bizsync.platform..", "com.bizsync.settings..",
                        "com.bizsync.views..", "com.bizsync.source..", "com.bizsync.demo..")
                .check(classes);
    }

    @Test
    void theServerSideHasNoDesktop() {
        noClasses().that().resideInAPackage("com.bizsync.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .because("the platform runs on headless servers")
                .check(classes);
    }
}
