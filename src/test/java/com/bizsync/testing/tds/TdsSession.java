package com.bizsync.testing.tds;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One client connection: the login, then SQL batches and RPCs (sp_prepare / sp_execute /
 * sp_executesql / sp_unprepare) run against the H2 database of the session's current database,
 * each statement recorded with the session's isolation level.
 */
final class TdsSession implements Runnable {
    private static final String DEFAULT_ISOLATION = "READ COMMITTED";

    private final TdsEndpoint endpoint;
    private final Socket socket;
    private final Map<String, Connection> connections = new HashMap<>();
    private final Map<Integer, String> prepared = new HashMap<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private TdsChannel channel;
    private String database;
    private String user;
    private String isolation = DEFAULT_ISOLATION;
    private int nextHandle = 1;

    TdsSession(TdsEndpoint endpoint, Socket socket) {
        this.endpoint = endpoint;
        this.socket = socket;
    }

    @Override
    public void run() {
        try (socket) {
            channel = new TdsChannel(socket);
            TdsChannel.Message message;
            while ((message = channel.read()) != null) {
                if (!answer(message)) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client went away (or the endpoint closed): nothing to answer.
        } finally {
            closeConnections();
        }
    }

    /** @return false when the connection must end (refused login) */
    private boolean answer(TdsChannel.Message message) throws IOException {
        switch (message.type()) {
            case TdsChannel.PRELOGIN -> channel.send(TdsChannel.TABULAR_RESULT, preLoginReply());
            case TdsChannel.LOGIN7 -> {
                return login(Login7.parse(message.body()));
            }
            case TdsChannel.SQL_BATCH -> channel.send(TdsChannel.TABULAR_RESULT,
                    batch(new String(message.body(), StandardCharsets.UTF_16LE)));
            case TdsChannel.RPC -> channel.send(TdsChannel.TABULAR_RESULT, rpc(RpcCall.parse(message.body())));
            case TdsChannel.ATTENTION -> channel.send(TdsChannel.TABULAR_RESULT,
                    new Reply().done(Reply.DONE_ATTENTION, 0, 0).bytes());
            default -> throw new IOException("unexpected packet type " + message.type());
        }
        return true;
    }

    /** VERSION and ENCRYPTION options: this server does not support encryption. */
    private static byte[] preLoginReply() {
        return new byte[] {0x00, 0x00, 0x0B, 0x00, 0x06, 0x01, 0x00, 0x11, 0x00, 0x01, (byte) 0xFF,
            0x0A, 0x32, 0x06, 0x40, 0x00, 0x00, 0x02};
    }

    private boolean login(Login7 login) throws IOException {
        Reply reply = new Reply();
        String wanted = login.database().isEmpty() ? "master" : login.database();
        if (login.integratedSecurity() || !endpoint.accepts(login.user(), login.password())) {
            reply.error(18456, 14, "Login failed for user '" + login.user() + "'.").done(Reply.DONE_ERROR, 0, 0);
            channel.send(TdsChannel.TABULAR_RESULT, reply.bytes());
            return false;
        }
        if (!endpoint.hasDatabase(wanted) || !endpoint.mayEnter(wanted)) {
            reply.error(4060, 11, "Cannot open database \"" + wanted + "\" requested by the login. The login failed.")
                    .error(18456, 14, "Login failed for user '" + login.user() + "'.").done(Reply.DONE_ERROR, 0, 0);
            channel.send(TdsChannel.TABULAR_RESULT, reply.bytes());
            return false;
        }
        database = wanted;
        user = login.user();
        int packetSize = login.packetSize() >= 512 && login.packetSize() <= 32767 ? login.packetSize() : 4096;
        reply.envDatabase(database, "master").info(5701, "Changed database context to '" + database + "'.")
                .envCollation().envLanguage("us_english").info(5703, "Changed language setting to us_english.")
                .loginAck().envPacketSize(packetSize, 4096).done(Reply.DONE_FINAL, 0, 0);
        channel.send(TdsChannel.TABULAR_RESULT, reply.bytes());
        channel.packetSize(packetSize);
        return true;
    }

    private byte[] batch(String text) {
        Reply reply = new Reply();
        List<String> statements = Tsql.statements(text);
        for (int i = 0; i < statements.size(); i++) {
            int more = i < statements.size() - 1 ? Reply.DONE_MORE : Reply.DONE_FINAL;
            if (!statement(statements.get(i), List.of(), reply, more, false)) {
                break;
            }
        }
        if (statements.isEmpty()) {
            reply.done(Reply.DONE_FINAL, 0, 0);
        }
        return reply.bytes();
    }

    /** Runs one statement; @return false after an error (the rest of the batch is not run). */
    private boolean statement(String sql, List<Object> values, Reply reply, int more, boolean inProc) {
        endpoint.record(new ExecutedStatement(database, sql, isolation));
        String verb = Tsql.verb(sql);
        try {
            if (verb.equals("SET")) {
                set(sql);
                done(reply, inProc, more, Reply.CMD_SET, 0, false);
            } else if (verb.equals("USE")) {
                use(Tsql.useTarget(sql), reply);
                done(reply, inProc, more, Reply.CMD_USE, 0, false);
            } else {
                execute(sql, values, reply, more, inProc);
            }
            return true;
        } catch (SQLException e) {
            reply.error(errorNumber(e), 16, e.getMessage());
            done(reply, inProc, Reply.DONE_ERROR, 0, 0, false);
            return false;
        }
    }

    private void execute(String sql, List<Object> values, Reply reply, int more, boolean inProc) throws SQLException {
        if (endpoint.catalogDenied() && sql.toLowerCase(Locale.ROOT).contains("sys.databases")) {
            throw new SQLException("The SELECT permission was denied on the object 'databases', database"
                    + " 'mssqlsystemresource', schema 'sys'.", "42000", 229);
        }
        Tsql.Translated h2 = Tsql.forH2(sql);
        try (PreparedStatement st = connection().prepareStatement(h2.sql())) {
            for (int i = 0; i < h2.parameters().size(); i++) {
                st.setObject(i + 1, values.get(h2.parameters().get(i)));
            }
            if (st.execute()) {
                try (ResultSet rs = st.getResultSet()) {
                    int rows = ResultEncoder.write(rs, reply);
                    done(reply, inProc, more, Reply.CMD_SELECT, rows, true);
                }
            } else {
                done(reply, inProc, more, 0xC3, st.getUpdateCount(), true);
            }
        }
    }

    private static void done(Reply reply, boolean inProc, int status, int command, long count, boolean counted) {
        int flags = status | (counted ? Reply.DONE_COUNT : 0);
        if (inProc) {
            reply.doneInProc(flags, command, count);
        } else {
            reply.done(flags, command, count);
        }
    }

    private void set(String sql) throws SQLException {
        String[] words = sql.trim().split("\\s+", 3);
        String option = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
        String value = words.length > 2 ? words[2].trim().toUpperCase(Locale.ROOT) : "";
        if (option.equals("TRANSACTION") && value.startsWith("ISOLATION LEVEL ")) {
            isolation = value.substring("ISOLATION LEVEL ".length()).trim();
            int level = switch (isolation) {
                case "READ UNCOMMITTED" -> Connection.TRANSACTION_READ_UNCOMMITTED;
                case "REPEATABLE READ" -> Connection.TRANSACTION_REPEATABLE_READ;
                case "SERIALIZABLE" -> Connection.TRANSACTION_SERIALIZABLE;
                default -> Connection.TRANSACTION_READ_COMMITTED;
            };
            for (Connection c : connections.values()) {
                c.setTransactionIsolation(level);
            }
        }
        options.put(option, value);
    }

    private void use(String target, Reply reply) throws SQLException {
        if (!endpoint.hasDatabase(target)) {
            throw new SQLException("Database '" + target + "' does not exist. Make sure that the name is entered correctly.",
                    "42000", 911);
        }
        if (!endpoint.mayEnter(target)) {
            throw new SQLException("The server principal \"" + user + "\" is not able to access the database \""
                    + target + "\" under the current security context.", "08004", 916);
        }
        String before = database;
        database = endpoint.canonicalName(target);
        reply.envDatabase(database, before).info(5701, "Changed database context to '" + database + "'.");
    }

    private byte[] rpc(RpcCall call) {
        Reply reply = new Reply();
        List<Object> values = call.values();
        String procedure = call.procedure() == null ? "" : call.procedure().toLowerCase(Locale.ROOT);
        switch (procedure) {
            case "sp_prepare" -> {
                String sql = (String) values.get(2);
                try {
                    connection().prepareStatement(Tsql.forH2(sql).sql()).close();
                    int handle = nextHandle++;
                    prepared.put(handle, sql);
                    reply.returnStatus(0).returnInt(1, "", handle).doneProc(Reply.DONE_FINAL);
                } catch (SQLException e) {
                    endpoint.record(new ExecutedStatement(database, sql, isolation));
                    reply.error(errorNumber(e), 16, e.getMessage()).doneProc(Reply.DONE_ERROR);
                }
            }
            case "sp_execute" -> {
                String sql = prepared.get((Integer) values.get(0));
                if (sql == null) {
                    reply.error(8179, 16, "Could not find prepared statement with handle " + values.get(0) + ".")
                            .doneProc(Reply.DONE_ERROR);
                } else {
                    runProc(sql, values.subList(1, values.size()), reply);
                }
            }
            case "sp_executesql" -> runProc((String) values.get(0), values.subList(2, values.size()), reply);
            case "sp_unprepare" -> {
                prepared.remove((Integer) values.get(0));
                reply.returnStatus(0).doneProc(Reply.DONE_FINAL);
            }
            default -> reply.error(2812, 16, "Could not find stored procedure '" + call.procedure() + "'.")
                    .doneProc(Reply.DONE_ERROR);
        }
        return reply.bytes();
    }

    private void runProc(String sql, List<Object> values, Reply reply) {
        if (statement(sql, values, reply, Reply.DONE_MORE, true)) {
            reply.returnStatus(0).doneProc(Reply.DONE_FINAL);
        } else {
            reply.doneProc(Reply.DONE_ERROR);
        }
    }

    /** SQL Server's numbers for the errors a reader meets; 50000 otherwise. */
    private static int errorNumber(SQLException e) {
        if (e.getErrorCode() == 911 || e.getErrorCode() == 916 || e.getErrorCode() == 229) {
            return e.getErrorCode();
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "42S02", "42S04", "42102" -> 208;  // invalid object name
            case "42S22", "42122" -> 207;           // invalid column name
            case "42000", "42001" -> 102;           // incorrect syntax
            default -> 50000;
        };
    }

    private Connection connection() throws SQLException {
        Connection c = connections.get(database);
        if (c == null) {
            c = endpoint.openH2(database);
            if (isolation.equals("READ UNCOMMITTED")) {
                c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            }
            connections.put(database, c);
        }
        return c;
    }

    private void closeConnections() {
        for (Connection c : connections.values()) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing a test connection: nothing to do
            }
        }
        connections.clear();
    }
}
