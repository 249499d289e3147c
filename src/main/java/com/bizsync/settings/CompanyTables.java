package com.bizsync.settings;

import com.bizsync.views.ExtractionSettings;
import com.bizsync.views.ViewId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Companies and families with their views and members, and the grant clean-up their changes imply. */
final class CompanyTables {

    List<Company> companies(Connection c) throws SQLException {
        // One statement, so a concurrent writer cannot show a company with half of its views.
        record Row(String code, String name, String accounting, String commercial, String view, boolean extract,
                   ExtractionSettings extraction) { }
        List<Row> rows = Sql.list(c, "SELECT c.code, c.name, c.accounting_database, c.commercial_database, v.view_id,"
                        + " c.to_extract, c.revenue_prefixes, c.cash_prefixes, c.customer_statistic, c.item_statistic"
                        + " FROM company c LEFT JOIN company_view v ON v.company_code = c.code ORDER BY c.code",
                rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6) != 0, new ExtractionSettings(ExtractionSettings.prefixes(rs.getString(7)),
                        ExtractionSettings.prefixes(rs.getString(8)), rs.getInt(9), rs.getInt(10))));
        Map<String, Row> companies = new LinkedHashMap<>();
        Map<String, Set<ViewId>> views = new LinkedHashMap<>();
        for (Row row : rows) {
            companies.putIfAbsent(row.code(), row);
            Set<ViewId> set = views.computeIfAbsent(row.code(), k -> EnumSet.noneOf(ViewId.class));
            if (row.view() != null) {
                ViewId.fromId(row.view()).ifPresent(set::add);
            }
        }
        List<Company> out = new ArrayList<>();
        for (Row r : companies.values()) {
            out.add(new Company(r.code(), r.name(), r.accounting(), r.commercial(), views.get(r.code()), r.extract(),
                    r.extraction()));
        }
        return out;
    }

    /** Upsert, never REPLACE: a replaced row would cascade-delete its family memberships. */
    void saveCompany(Connection c, Company company) throws SQLException {
        ExtractionSettings extraction = company.extraction();
        Sql.update(c, "INSERT INTO company (code, name, accounting_database, commercial_database, to_extract,"
                        + " revenue_prefixes, cash_prefixes, customer_statistic, item_statistic)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
                        + " accounting_database = excluded.accounting_database,"
                        + " commercial_database = excluded.commercial_database, to_extract = excluded.to_extract,"
                        + " revenue_prefixes = excluded.revenue_prefixes, cash_prefixes = excluded.cash_prefixes,"
                        + " customer_statistic = excluded.customer_statistic, item_statistic = excluded.item_statistic",
                company.code(), company.name().trim(), orEmpty(company.accountingDatabase()).trim(),
                orEmpty(company.commercialDatabase()).trim(), company.toExtract() ? 1 : 0,
                String.join(",", extraction.revenuePrefixes()), String.join(",", extraction.cashPrefixes()),
                extraction.customerStatistic(), extraction.itemStatistic());
        Sql.update(c, "DELETE FROM company_view WHERE company_code = ?", company.code());
        for (ViewId view : company.views()) {
            Sql.update(c, "INSERT INTO company_view (company_code, view_id) VALUES (?, ?)", company.code(), view.id());
        }
        // A user keeps no grant on a view the company stopped publishing.
        Sql.update(c, "DELETE FROM user_grant WHERE target_code = ? AND view_id NOT IN"
                + " (SELECT view_id FROM company_view WHERE company_code = ?)", company.code(), company.code());
    }

    /** Family memberships and views go by cascade; grants on the company go here. */
    void deleteCompany(Connection c, String code) throws SQLException {
        Sql.update(c, "DELETE FROM company WHERE code = ?", code);
        Sql.update(c, "DELETE FROM user_grant WHERE target_code = ?", code);
    }

    List<Family> families(Connection c) throws SQLException {
        // group_concat keeps it one consistent statement; codes and view ids never contain a comma.
        return Sql.list(c, "SELECT f.code, f.name,"
                        + " (SELECT group_concat(company_code, ',') FROM (SELECT company_code FROM family_member"
                        + "   WHERE family_code = f.code ORDER BY position)),"
                        + " (SELECT group_concat(view_id, ',') FROM family_view WHERE family_code = f.code),"
                        + " f.to_extract FROM family f ORDER BY f.code",
                rs -> new Family(rs.getString(1), rs.getString(2), split(rs.getString(3)), views(rs.getString(4)),
                        rs.getInt(5) != 0));
    }

    void saveFamily(Connection c, Family family) throws SQLException {
        Sql.update(c, "INSERT INTO family (code, name, to_extract) VALUES (?, ?, ?) ON CONFLICT (code)"
                        + " DO UPDATE SET name = excluded.name, to_extract = excluded.to_extract",
                family.code(), family.name().trim(), family.toExtract() ? 1 : 0);
        Sql.update(c, "DELETE FROM family_member WHERE family_code = ?", family.code());
        for (int i = 0; i < family.companyCodes().size(); i++) {
            Sql.update(c, "INSERT INTO family_member (family_code, company_code, position) VALUES (?, ?, ?)",
                    family.code(), family.companyCodes().get(i), i);
        }
        Sql.update(c, "DELETE FROM family_view WHERE family_code = ?", family.code());
        for (ViewId view : family.views()) {
            Sql.update(c, "INSERT INTO family_view (family_code, view_id) VALUES (?, ?)", family.code(), view.id());
        }
        Sql.update(c, "DELETE FROM user_grant WHERE target_code = ? AND view_id NOT IN"
                + " (SELECT view_id FROM family_view WHERE family_code = ?)", family.code(), family.code());
    }

    void deleteFamily(Connection c, String code) throws SQLException {
        Sql.update(c, "DELETE FROM family WHERE code = ?", code);
        Sql.update(c, "DELETE FROM user_grant WHERE target_code = ?", code);
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Set<ViewId> views(String joined) {
        Set<ViewId> views = EnumSet.noneOf(ViewId.class);
        for (String id : split(joined)) {
            ViewId.fromId(id).ifPresent(views::add);
        }
        return views;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
