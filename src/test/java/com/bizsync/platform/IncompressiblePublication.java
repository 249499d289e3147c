package com.bizsync.platform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;

/**
 * A valid publication whose labels are random, so that PostgreSQL cannot compress it away: each
 * one takes new room on disk, for the full-disk test.
 */
final class IncompressiblePublication {
    private IncompressiblePublication() {
    }

    static ObjectNode of(String name, long seed) {
        ObjectNode doc = Fixtures.publication(name, 1);
        Random random = new Random(seed);
        doc.get("views").forEach(view -> {
            if (view.has("rows")) {
                view.get("rows").forEach(row -> ((ObjectNode) row).put("label", randomText(random, 60)));
            }
        });
        return doc;
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('!' + random.nextInt(90)));
        }
        return text.toString();
    }
}
