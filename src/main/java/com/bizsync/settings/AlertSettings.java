package com.bizsync.settings;

import java.util.Arrays;
import java.util.List;

/**
 * Who hears about failing publications ("Alertes", FUNCTIONAL.md §2): the SMTP server that sends
 * the mails, its security and login, the sender and recipients, and after how many failed runs in
 * a row a company is in incident. A blank server and no recipients means no mail: the console
 * still shows its banner.
 */
public record AlertSettings(String smtpHost, Integer smtpPort, Security security, String login, String password,
                            String sender, List<String> recipients, int failureThreshold) {

    /** How the connection to the SMTP server is protected. */
    public enum Security {
        /** Plain SMTP (a relay inside the company network), usually port 25. */
        NONE(25),
        /** Plain connection upgraded to TLS before anything is sent (required, never optional), usually 587. */
        STARTTLS(587),
        /** TLS from the first byte (SMTPS), usually 465. */
        TLS(465);

        private final int usualPort;

        Security(int usualPort) {
            this.usualPort = usualPort;
        }

        public int usualPort() {
            return usualPort;
        }
    }

    public static final int DEFAULT_THRESHOLD = 2;

    /** Never saved: no mail, incident after two failed runs. */
    public static final AlertSettings DEFAULTS = new AlertSettings("", Security.STARTTLS.usualPort(), Security.STARTTLS,
            "", "", "", List.of(), DEFAULT_THRESHOLD);

    public AlertSettings {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** Mails go out only with a server and somebody to write to. */
    public boolean mailConfigured() {
        return smtpHost != null && !smtpHost.isBlank() && !recipients.isEmpty();
    }

    public boolean authenticated() {
        return login != null && !login.isBlank();
    }

    /** Addresses as typed in one field: separated by commas, semicolons, spaces or line breaks. */
    public static List<String> parseRecipients(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "AlertSettings[smtpHost=" + smtpHost + ", smtpPort=" + smtpPort + ", security=" + security + ", login="
                + login + ", password=***, sender=" + sender + ", recipients=" + recipients + ", failureThreshold="
                + failureThreshold + "]";
    }
}
