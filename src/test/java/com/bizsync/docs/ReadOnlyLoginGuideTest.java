package com.bizsync.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bizsync.views.SageSchema;
import com.bizsync.views.ViewId.Domain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The administrator guides give the T-SQL of a read-only login that grants exactly the tables
 * BizSync reads: a view that starts reading another table must not leave the administrator with a
 * login that fails on « La base … n'a pas la table Sage … ».
 */
class ReadOnlyLoginGuideTest {
    private static final Pattern GRANT = Pattern.compile("GRANT SELECT ON dbo\\.(\\w+)\\s+TO bizsync_lecture;");
    private static final Pattern TABLE_CELL = Pattern.compile("`([FP]_[A-Z0-9_]+)`");

    private static Set<String> tablesRead() {
        return new TreeSet<>(SageSchema.required(EnumSet.allOf(Domain.class)).keySet());
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/guide-administrateur.md", "docs/admin-guide.md"})
    void theGrantsAndTheTableListAreTheTablesTheViewsRead(String guide) throws IOException {
        String text = Files.readString(Path.of(guide), StandardCharsets.UTF_8);
        String rights = text.substring(text.indexOf("### 9.3"), text.indexOf("### 9.4"));

        assertEquals(tablesRead(), all(GRANT, rights), "GRANT SELECT lines of " + guide);
        assertEquals(tablesRead(), all(TABLE_CELL, rights.substring(0, rights.indexOf("```sql"))),
                "tables listed before the T-SQL in " + guide);
    }
}
