package com.bizsync.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the relative links and images of Markdown files that lead nowhere: a missing file, or a
 * {@code #anchor} that no heading of the target page makes (anchors as GitHub renders them).
 * Links inside code (fenced blocks and `spans`) are not links, and absolute addresses
 * ({@code https:}, {@code mailto:}) are not checked: they need the network.
 */
final class MarkdownLinks {
    /** {@code ](target)} or {@code ](target "title")}, the tail of an inline link or image. */
    private static final Pattern INLINE = Pattern.compile("\\]\\(\\s*(<[^>]*>|[^)\\s]+)(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*(<[^>]*>|\\S+).*$");
    private static final Pattern HTML = Pattern.compile("<(?:img|a)\\b[^>]*?\\b(?:src|href)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("`+[^`]*`+");

    private final Path root;
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    /** @param root the repository's folder: a link starting with {@code /} starts there. */
    MarkdownLinks(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** One broken link: where it is written and why it leads nowhere. */
    record Broken(Path file, int line, String target, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + target + " (" + reason + ")";
        }
    }

    List<Broken> check(Path markdown) {
        List<Broken> broken = new ArrayList<>();
        List<String> lines = read(markdown);
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            String text = CODE_SPAN.matcher(line).replaceAll("");
            for (String target : targets(text)) {
                String reason = reasonBroken(markdown, target);
                if (reason != null) {
                    broken.add(new Broken(markdown, i + 1, target, reason));
                }
            }
        }
        return broken;
    }

    private static List<String> targets(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : List.of(INLINE, REFERENCE, HTML)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("<") && target.endsWith(">")) {
                    target = target.substring(1, target.length() - 1);
                }
                found.add(target.trim());
            }
        }
        return found;
    }

    /** Null when the target resolves; otherwise what is wrong with it. */
    private String reasonBroken(Path from, String target) {
        if (target.isEmpty()) {
            return "empty link";
        }
        if (SCHEME.matcher(target).find()) {
            return null;
        }
        String pathPart = target;
        String anchor = null;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            pathPart = target.substring(0, hash);
            anchor = target.substring(hash + 1);
        }
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        Path file;
        if (pathPart.isEmpty()) {
            file = from;
        } else {
            String decoded = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
            file = decoded.startsWith("/")
                    ? root.resolve(decoded.substring(1)).normalize()
                    : from.toAbsolutePath().getParent().resolve(decoded).normalize();
            if (!Files.exists(file)) {
                return "no such file: " + file;
            }
        }
        if (anchor != null && !anchor.isEmpty() && file.toString().endsWith(".md")
                && !anchorsOf(file).contains(URLDecoder.decode(anchor, StandardCharsets.UTF_8))) {
            return "no heading makes the anchor #" + anchor + " in " + file.getFileName();
        }
        return null;
    }

    private Set<String> anchorsOf(Path markdown) {
        return anchors.computeIfAbsent(markdown.toAbsolutePath().normalize(), MarkdownLinks::headingAnchors);
    }

    private static Set<String> headingAnchors(Path markdown) {
        Set<String> made = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean inFence = false;
        for (String line : read(markdown)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (inFence || !m.matches()) {
                continue;
            }
            String slug = slug(m.group(1));
            int count = seen.merge(slug, 1, Integer::sum);
            made.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        return made;
    }

    /**
     * GitHub's anchor for a heading: its rendered text in lower case, without punctuation other
     * than hyphens and underscores, spaces turned into hyphens (accented letters stay).
     */
    static String slug(String heading) {
        String text = heading
                .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("[`*]", "")
                .toLowerCase(java.util.Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.CONNECTOR_PUNCTUATION
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
