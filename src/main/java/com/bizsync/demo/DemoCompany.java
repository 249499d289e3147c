package com.bizsync.demo;

import java.nio.file.Path;

/** A generated demo company: its suggested code and name, and its SQLite file. */
public record DemoCompany(String code, String name, Path file) {
}
