package com.bizsync.ui.forms;

import com.bizsync.settings.Company;
import com.bizsync.settings.Family;
import com.bizsync.settings.SettingsStore;
import com.bizsync.views.ViewId;
import com.bizsync.views.ViewId.Domain;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A company or family a mobile user can be granted views on, with the domains it has data for. */
public record GrantTarget(String code, String name, Set<Domain> domains, Set<ViewId> views) {

    @Override
    public String toString() {
        return code + " - " + name;
    }

    public static List<GrantTarget> all(SettingsStore settings) {
        List<Company> companies = settings.companies();
        List<GrantTarget> targets = new ArrayList<>();
        for (Company company : companies) {
            targets.add(new GrantTarget(company.code(), company.name(), domainsOf(company), company.views()));
        }
        for (Family family : settings.families()) {
            Set<Domain> domains = EnumSet.noneOf(Domain.class);
            companies.stream().filter(c -> family.companyCodes().contains(c.code()))
                    .forEach(c -> domains.addAll(domainsOf(c)));
            targets.add(new GrantTarget(family.code(), family.name(), domains, family.views()));
        }
        return targets;
    }

    static Set<Domain> domainsOf(Company company) {
        Set<Domain> domains = EnumSet.noneOf(Domain.class);
        if (company.accountingDatabase() != null && !company.accountingDatabase().isBlank()) {
            domains.add(Domain.ACCOUNTING);
        }
        if (company.commercialDatabase() != null && !company.commercialDatabase().isBlank()) {
            domains.add(Domain.COMMERCIAL);
        }
        return domains;
    }
}
