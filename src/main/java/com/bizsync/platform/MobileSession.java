package com.bizsync.platform;

import java.time.Instant;

/** What a bearer token stands for; only the token's SHA-256 is stored. */
public record MobileSession(String customer, String login, Instant expiresAt) {
}
