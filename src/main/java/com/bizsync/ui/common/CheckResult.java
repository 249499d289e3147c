package com.bizsync.ui.common;

/** The outcome of a live check (Test button) as the user reads it: a green check or a red sentence. */
public record CheckResult(boolean success, String message) {
}
