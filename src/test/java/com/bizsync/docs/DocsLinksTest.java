package com.bizsync.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link and image of the README and the guides leads to a file of the repository
 * (and to a heading of it when it names an anchor): a renamed screenshot or page breaks the build,
 * not the reader's evening.
 */
class DocsLinksTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static List<Path> documentation() throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> top = Files.list(ROOT)) {
            top.filter(p -> p.getFileName().toString().endsWith(".md")).forEach(pages::add);
        }
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).forEach(pages::add);
        }
        return pages;
    }

    @Test
    void everyRelativeLinkAndImageOfTheDocumentationResolves() throws IOException {
        List<Path> pages = documentation();
        assertTrue(pages.contains(ROOT.resolve("README.md")), "README.md not found from " + ROOT);
        assertTrue(pages.contains(ROOT.resolve("docs/guide-administrateur.md")), "the administrator guide is missing");

        MarkdownLinks links = new MarkdownLinks(ROOT);
        List<MarkdownLinks.Broken> broken = new ArrayList<>();
        for (Path page : pages) {
            broken.addAll(links.check(page));
        }
        assertEquals("", broken.stream().map(b -> ROOT.relativize(b.file()) + ":" + b.line() + ": " + b.target()
                + " (" + b.reason() + ")").collect(Collectors.joining("\n")));
    }

    @Test
    void theCheckerReportsMissingFilesImagesAndAnchorsButNotCodeOrWebAddresses() throws IOException {
        Path folder = Path.of("target", "docs-links-test").toAbsolutePath();
        Files.createDirectories(folder.resolve("screenshots"));
        Files.writeString(folder.resolve("screenshots/present.png"), "png");
        Files.writeString(folder.resolve("other.md"), """
                # Titre
                ## Étape 1 : Identifiants portail
                ## Étape 1 : Identifiants portail
                """, StandardCharsets.UTF_8);
        Path page = folder.resolve("page.md");
        Files.writeString(page, """
                See [the other page](other.md), [its step](other.md#étape-1--identifiants-portail)
                and [the same heading again](other.md#étape-1--identifiants-portail-1).
                ![present](screenshots/present.png) ![missing](screenshots/absent.png "Absent")
                [gone](nowhere.md) and [a wrong anchor](other.md#etape-2) and [here](#local).
                [web](https://example.com/missing.md) `[in code](code.md)`
                ```
                [in a block](block.md)
                ```
                <img src="html.png" alt="html">
                [ref]: refs/missing.md

                ## Local
                """, StandardCharsets.UTF_8);

        List<String> reported = new MarkdownLinks(folder).check(page).stream()
                .map(b -> b.line() + " " + b.target()).toList();

        assertEquals(List.of(
                "3 screenshots/absent.png",
                "4 nowhere.md",
                "4 other.md#etape-2",
                "9 html.png",
                "10 refs/missing.md"), reported);
    }

    @Test
    void anchorsAreGitHubs() {
        assertEquals("installation-windows-et-linux", MarkdownLinks.slug("Installation (Windows et Linux)"));
        assertEquals("étape-1--identifiants-portail", MarkdownLinks.slug("Étape 1 : Identifiants portail"));
        assertEquals("the-bizsync-platform-unit", MarkdownLinks.slug("The `bizsync-platform` unit"));
        assertEquals("le--journal--de-publication", MarkdownLinks.slug("Le « journal » de publication"));
    }
}
