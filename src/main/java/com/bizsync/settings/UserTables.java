package com.bizsync.settings;

import com.bizsync.views.ViewId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Mobile users (with their bcrypt hash, never a password) and their per-company view grants. */
final class UserTables {

    List<MobileUser> users(Connection c) throws SQLException {
        return read(c, "", new Object[0]);
    }

    Optional<MobileUser> user(Connection c, String login) throws SQLException {
        return read(c, " WHERE u.login = ?", new Object[] {login}).stream().findFirst();
    }

    private List<MobileUser> read(Connection c, String where, Object[] params) throws SQLException {
        record Row(String login, String name, String hash, String target, String view) { }
        List<Row> rows = Sql.list(c, "SELECT u.login, u.name, u.password_hash, g.target_code, g.view_id"
                        + " FROM mobile_user u LEFT JOIN user_grant g ON g.login = u.login" + where
                        + " ORDER BY u.login",
                rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                params);
        Map<String, Row> users = new LinkedHashMap<>();
        Map<String, Map<String, Set<ViewId>>> grants = new LinkedHashMap<>();
        for (Row row : rows) {
            users.putIfAbsent(row.login(), row);
            Map<String, Set<ViewId>> byTarget = grants.computeIfAbsent(row.login(), k -> new TreeMap<>());
            if (row.target() != null) {
                ViewId.fromId(row.view()).ifPresent(
                        v -> byTarget.computeIfAbsent(row.target(), k -> EnumSet.noneOf(ViewId.class)).add(v));
            }
        }
        List<MobileUser> out = new ArrayList<>();
        for (Row u : users.values()) {
            out.add(new MobileUser(u.login(), u.name(), u.hash(), grants.get(u.login())));
        }
        return out;
    }

    /** Grants with no view mean no access: they are not stored. */
    void save(Connection c, MobileUser user, String passwordHash) throws SQLException {
        Sql.update(c, "INSERT INTO mobile_user (login, name, password_hash) VALUES (?, ?, ?)"
                        + " ON CONFLICT (login) DO UPDATE SET name = excluded.name, password_hash = excluded.password_hash",
                user.login(), user.name().trim(), passwordHash);
        Sql.update(c, "DELETE FROM user_grant WHERE login = ?", user.login());
        for (Map.Entry<String, Set<ViewId>> grant : user.grants().entrySet()) {
            for (ViewId view : grant.getValue()) {
                Sql.update(c, "INSERT INTO user_grant (login, target_code, view_id) VALUES (?, ?, ?)",
                        user.login(), grant.getKey(), view.id());
            }
        }
    }

    void delete(Connection c, String login) throws SQLException {
        Sql.update(c, "DELETE FROM mobile_user WHERE login = ?", login);
    }
}
