package com.bizsync.engine;

import com.bizsync.alerts.Incident;
import com.bizsync.settings.AlertSettings;
import com.bizsync.settings.Company;
import com.bizsync.settings.DatabaseLogin;
import com.bizsync.settings.Family;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.ProxySettings;
import com.bizsync.source.SageDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The operations the console and the scheduler may run (FUNCTIONAL.md §2–§6). The UI calls
 * these and nothing below them: no SQL, no HTTP. Every operation writes one journal row per
 * company it touches, never throws for a user-level failure (the result says what to fix), and
 * may be called from any thread except the FX thread.
 */
public interface Engine {

    /** Authenticates against the platform with these (possibly unsaved) credentials. */
    OperationResult testPortal(PortalSettings portal, ProxySettings proxy);

    /** Connects to each company's databases with this login: one result per company. */
    List<OperationResult> testDatabases(DatabaseLogin login, List<Company> companies);

    /**
     * Tests a SQL Server login where it is used: each saved company whose databases are on SQL
     * Server; when there is none (no company yet, or only demo files), the server itself.
     */
    List<OperationResult> testDatabaseLogin(DatabaseLogin login);

    /** Opens this (possibly unsaved) company's databases with the saved login, checking they are Sage's. */
    OperationResult testCompany(Company company);

    /**
     * The Sage company databases the saved SQL Server login can read, with their company names;
     * fails with the connection's sentence (server unreachable, login refused).
     */
    List<SageDatabase> sageDatabases();

    /**
     * Whether this (possibly unsaved) family can be consolidated: its companies have the same
     * current fiscal year and currency (the publication's rule, checked when the family is saved).
     */
    OperationResult checkFamily(Family family);

    /** Reaches the platform through this proxy. */
    OperationResult testProxy(ProxySettings proxy, PortalSettings portal);

    /** Extracts a company (or family) and replaces its publication, with its users and grants. */
    OperationResult publish(String code, ProgressListener listener, Cancellation cancellation);

    /** Publishes every company and family: one result each. */
    List<OperationResult> publishAll(ProgressListener listener, Cancellation cancellation);

    /** Sends the mobile users and their grants. */
    OperationResult publishUsers();

    /** Removes a company's (or family's) last publication from the platform. */
    OperationResult deletePublication(String code, ProgressListener listener, Cancellation cancellation);

    /** Removes the published data, then the company from the settings. */
    OperationResult deleteCompany(String code, ProgressListener listener, Cancellation cancellation);

    /** Removes everything this customer has on the platform. */
    OperationResult deleteAllPlatformData(ProgressListener listener, Cancellation cancellation);

    /** Sends a test mail with these (possibly unsaved) alert settings. */
    OperationResult testAlertMail(AlertSettings settings);

    /**
     * Opens incidents for publications later than the schedule allows, sends the alert and
     * recovery mails owed, and returns the open incidents (may wait for the SMTP server).
     */
    List<Incident> reviewAlerts();

    /** The open incidents, as last recorded (a quick read, no mail). */
    List<Incident> incidents();

    /** Whether the background runner carries out the schedule, from its heartbeat. */
    SchedulerState schedulerState();

    /**
     * Runs again the operation of a journal row (« Relancer »), on the settings saved now: the
     * same operation for the same company (all of them for a global publication), each writing
     * its new journal row. A re-run scheduled publication is a publication started by hand.
     */
    List<OperationResult> rerun(JournalEntry.Operation operation, String company, ProgressListener listener,
                                Cancellation cancellation);

    /**
     * What would be published for this company or family, in the JSON shape of the
     * {@code extract} command (VIEWS.md), restricted to the views it publishes.
     */
    JsonNode preview(String code);
}
