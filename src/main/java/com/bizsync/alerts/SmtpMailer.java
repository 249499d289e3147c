package com.bizsync.alerts;

import com.bizsync.i18n.UserError;
import com.bizsync.settings.AlertSettings;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a plain-text mail through the SMTP server of the alert settings (Jakarta Mail, Eclipse
 * Angus). STARTTLS is required when chosen, never silently skipped, and the server's certificate
 * and name are checked under STARTTLS and TLS. Every failure becomes a {@link UserError} whose
 * sentence says what to check; the password is never logged.
 */
public final class SmtpMailer {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private final SSLSocketFactory tlsSockets;
    private final Duration timeout;

    /** The Java runtime's trusted certificates, 20-second timeouts. */
    public SmtpMailer() {
        this(null, DEFAULT_TIMEOUT);
    }

    /**
     * @param tlsSockets TLS sockets trusting a given certificate (tests with their own server);
     *                   null for the runtime's trusted certificates
     */
    public SmtpMailer(SSLSocketFactory tlsSockets, Duration timeout) {
        this.tlsSockets = tlsSockets;
        this.timeout = timeout;
    }

    public void send(AlertSettings settings, Mail mail) {
        String server = settings.smtpHost().trim() + ":" + settings.smtpPort();
        Session session = Session.getInstance(properties(settings));
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.sender().trim(), "BizSync", StandardCharsets.UTF_8.name()));
            message.setRecipients(Message.RecipientType.TO, addresses(settings.recipients()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.saveChanges();
            try (Transport transport = session.getTransport("smtp")) {
                if (settings.authenticated()) {
                    transport.connect(settings.smtpHost().trim(), settings.smtpPort(), settings.login(),
                            settings.password());
                } else {
                    transport.connect(settings.smtpHost().trim(), settings.smtpPort(), null, null);
                }
                transport.sendMessage(message, message.getAllRecipients());
            }
            LOG.info("Mail \"{}\" sent through {} to {}", mail.subject(), server, settings.recipients());
        } catch (MessagingException | UnsupportedEncodingException e) {
            LOG.info("Mail through {} failed", server, e);
            throw translate(e, settings, server);
        }
    }

    private Properties properties(AlertSettings settings) {
        Properties p = new Properties();
        String millis = String.valueOf(timeout.toMillis());
        p.put("mail.smtp.connectiontimeout", millis);
        p.put("mail.smtp.timeout", millis);
        p.put("mail.smtp.writetimeout", millis);
        p.put("mail.smtp.auth", String.valueOf(settings.authenticated()));
        p.put("mail.smtp.from", settings.sender().trim());
        switch (settings.security()) {
            case STARTTLS -> {
                p.put("mail.smtp.starttls.enable", "true");
                // Without this, a server (or a man in the middle) not offering STARTTLS gets the password in clear.
                p.put("mail.smtp.starttls.required", "true");
                p.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                p.put("mail.smtp.ssl.enable", "true");
                p.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // Plain SMTP, for a relay inside the company network.
            }
        }
        if (tlsSockets != null) {
            p.put("mail.smtp.ssl.socketFactory", tlsSockets);
        }
        return p;
    }

    private static InternetAddress[] addresses(List<String> recipients) throws MessagingException {
        List<InternetAddress> out = new ArrayList<>();
        for (String recipient : recipients) {
            out.add(new InternetAddress(recipient, true));
        }
        return out.toArray(InternetAddress[]::new);
    }

    private static UserError translate(Exception e, AlertSettings settings, String server) {
        List<Throwable> chain = chain(e);
        if (has(chain, AuthenticationFailedException.class)) {
            return new UserError(e, settings.authenticated() ? "alerts.smtp.auth" : "alerts.smtp.authRequired", server);
        }
        if (has(chain, SSLHandshakeException.class) && chain.stream().anyMatch(t -> String.valueOf(t.getMessage())
                .matches("(?s).*(certificat|PKIX|No subject alternative|No name matching|identity).*"))) {
            return new UserError(e, "alerts.smtp.certificate", settings.smtpHost().trim());
        }
        if (has(chain, SSLException.class)) {
            return new UserError(e, "alerts.smtp.tlsMismatch", server);
        }
        if (chain.stream().anyMatch(t -> String.valueOf(t.getMessage()).contains("STARTTLS"))) {
            return new UserError(e, "alerts.smtp.noStarttls", server);
        }
        if (has(chain, SocketTimeoutException.class)) {
            return new UserError(e, "alerts.smtp.timeout", server);
        }
        if (has(chain, ConnectException.class) || has(chain, UnknownHostException.class)
                || has(chain, NoRouteToHostException.class)) {
            return new UserError(e, "alerts.smtp.unreachable", server);
        }
        SendFailedException refused = first(chain, SendFailedException.class);
        if (refused != null && refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0) {
            String invalid = Arrays.stream(refused.getInvalidAddresses()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return new UserError(e, "alerts.smtp.recipientRefused", server, invalid, oneLine(e));
        }
        return new UserError(e, "alerts.smtp.refused", server, oneLine(e));
    }

    private static List<Throwable> chain(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); ) {
            chain.add(t);
            Throwable next = t instanceof MessagingException m && m.getNextException() != null ? m.getNextException()
                    : t.getCause();
            t = next;
        }
        return chain;
    }

    private static boolean has(List<Throwable> chain, Class<? extends Throwable> type) {
        return first(chain, type) != null;
    }

    private static <T extends Throwable> T first(List<Throwable> chain, Class<T> type) {
        return chain.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    /** The server's own words, on one line (its reply code and text). */
    private static String oneLine(Throwable e) {
        return String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim();
    }
}
