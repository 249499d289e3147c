package com.bizsync.ui.preview;

/** One line of a preview card's table; {@code rank} is blank where the view has none (cash, periods). */
public record PreviewRow(String rank, String code, String label, double amount) {
}
