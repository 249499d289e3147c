package com.bizsync.testing.tds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.demo.SageDdl;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The test endpoint itself, as plain jTDS sees it: types both ways, pre-login, USE, SQL Server's error numbers. */
class TdsEndpointTest {
    private TdsEndpoint endpoint;

    @BeforeEach
    void start() {
        endpoint = new TdsEndpoint("sa", "Pa55#word").database("TYPES", c -> SageDdl.runScript(c, """
                CREATE TABLE T (i INT, b BIGINT, s SMALLINT, d NUMERIC(24,6), f FLOAT, v VARCHAR(35), n NVARCHAR(40),
                 t DATETIME, x BIT);
                INSERT INTO T VALUES (42, 9000000000, -7, -1234.560000, 0.25, 'Orfèvrerie à Lyon', 'Łódź — 東京',
                 '2024-02-29 13:45:30', 1);
                INSERT INTO T VALUES (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
                """)).database("OTHER", c -> { }).start();
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private Connection connect(String options) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "sa");
        props.setProperty("password", "Pa55#word");
        return DriverManager.getConnection("jdbc:jtds:sqlserver://127.0.0.1:" + endpoint.port() + "/TYPES" + options,
                props);
    }

    @Test
    void everyTypeTheViewsReadComesBackAsSqlServerWouldSendIt() throws Exception {
        try (Connection c = connect(""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT i, b, s, d, f, v, n, t, x FROM T ORDER BY i DESC")) {
            assertEquals("Microsoft SQL Server", c.getMetaData().getDatabaseProductName());
            assertEquals("TYPES", c.getCatalog());
            assertTrue(rs.next());
            assertEquals(42, rs.getInt(1));
            assertEquals(9_000_000_000L, rs.getLong(2));
            assertEquals(-7, rs.getShort(3));
            assertEquals(new BigDecimal("-1234.560000"), rs.getBigDecimal(4));
            assertEquals(0.25, rs.getDouble(5));
            assertEquals("Orfèvrerie à Lyon", rs.getString(6));
            assertEquals("Łódź — 東京", rs.getString(7));
            assertEquals(Timestamp.valueOf("2024-02-29 13:45:30"), rs.getTimestamp(8));
            assertTrue(rs.getBoolean(9));
            assertEquals("varchar", rs.getMetaData().getColumnTypeName(6));
            assertEquals("nvarchar", rs.getMetaData().getColumnTypeName(7));
            assertEquals("datetime", rs.getMetaData().getColumnTypeName(8));
            assertTrue(rs.next());
            for (int i = 1; i <= 9; i++) {
                assertNull(rs.getObject(i), "column " + i);
            }
            assertFalse(rs.next());
        }
    }

    @Test
    void preparedStatementParametersArriveWithTheirTypes() throws Exception {
        for (String prepare : new String[] {"", ";prepareSQL=2", ";prepareSQL=0"}) {
            try (Connection c = connect(prepare); PreparedStatement st = c.prepareStatement(
                    "SELECT COUNT(*) FROM T WHERE i = ? AND b = ? AND d = ? AND v = ? AND t >= ? AND x = ? AND f < ?")) {
                st.setInt(1, 42);
                st.setLong(2, 9_000_000_000L);
                st.setBigDecimal(3, new BigDecimal("-1234.56"));
                st.setString(4, "Orfèvrerie à Lyon");
                st.setTimestamp(5, Timestamp.valueOf("2024-02-29 00:00:00"));
                st.setBoolean(6, true);
                st.setDouble(7, 0.5);
                try (ResultSet rs = st.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(1, rs.getInt(1), "prepareSQL" + prepare);
                }
            }
        }
    }

    @Test
    void preLoginUseAndErrorsFollowSqlServer() throws Exception {
        try (Connection c = connect(";ssl=request"); Statement st = c.createStatement()) {
            c.setCatalog("OTHER");
            assertEquals("OTHER", c.getCatalog());
            SQLException noTable = assertThrows(SQLException.class, () -> st.executeQuery("SELECT * FROM T"));
            assertEquals(208, noTable.getErrorCode(), noTable.getMessage());
            SQLException noDatabase = assertThrows(SQLException.class, () -> c.setCatalog("NOPE"));
            assertEquals(911, noDatabase.getErrorCode(), noDatabase.getMessage());
        }
        assertTrue(endpoint.statements().stream().anyMatch(s -> s.verb().equals("USE") && s.sql().contains("OTHER")));
    }
}
