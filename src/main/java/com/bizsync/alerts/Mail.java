package com.bizsync.alerts;

/** One plain-text mail: its subject and body. */
public record Mail(String subject, String body) {
}
