package com.bizsync.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The small tables of a demo company: parameters, currencies, tariff categories, sales reps,
 * customers and suppliers, item families and items, chart of accounts and journals.
 */
final class DemoReferenceData {
    record Customer(String code, int rep, double weight) {
    }

    record Item(String ref, String label, long unitCents, boolean service, double weight) {
    }

    static final String[][] REPS = {{"DUPONT", "Jean"}, {"MARTIN", "Claire"}, {"BERNARD", "Luc"},
        {"PETIT", "Sophie"}, {"ROUX", "Antoine"}, {"FAURE", "Nadia"}, {"LEROY", "Hugo"}};
    private static final String[] CATEGORIES = {"Détaillants", "Grossistes", "Centrales d'achat", "Export"};
    private static final String[] NAME_PREFIXES = {"Maison", "Boutique", "Comptoir", "Atelier", "Galerie",
        "Établissements", "Société", "Espace", "Les Ateliers", "Au Bon"};
    private static final String[] SURNAMES = {"Lebon", "Girard", "Moreau", "Fournier", "Lambert", "Bonnet",
        "Mercier", "Blanc", "Guerin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu",
        "Clement", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez", "Gerard",
        "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger", "Roche", "Roy", "Noel",
        "Meyer", "Lucas", "Meunier", "Jean", "Perez", "Marchand", "Dufour", "Blanchard", "Marie", "Barbier",
        "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin", "Fernandez", "Pierre", "Renard", "Arnaud"};
    private static final String[] CITIES = {"Lyon", "Tours", "Nantes", "Angers", "Paris", "Lille", "Bordeaux",
        "Rennes", "Dijon", "Annecy", "Nice", "Metz", "Reims", "Blois", "Orléans", "Vannes", "Pau", "Caen"};
    private static final String[] VARIANTS = {"", " modèle A", " modèle B", " taille S", " taille M",
        " taille L", " édition limitée", " classique"};

    final List<Customer> customers = new ArrayList<>();
    final List<String> suppliers = new ArrayList<>();
    final List<Item> items = new ArrayList<>();

    void write(Connection c, DemoProfile profile, Random rng) throws SQLException {
        writeParameters(c, profile);
        try (Batch reps = new Batch(c, "F_COLLABORATEUR", "cbMarq, CO_No, CO_Nom, CO_Prenom, CO_Vendeur")) {
            for (int i = 0; i < REPS.length; i++) {
                reps.add(i + 1, i + 1, REPS[i][0], REPS[i][1], 1);
            }
        }
        try (Batch cats = new Batch(c, "P_CATTARIF", "cbMarq, cbIndice, CT_Intitule, CT_PrixTTC")) {
            for (int i = 0; i < CATEGORIES.length; i++) {
                cats.add(i + 1, i + 1, CATEGORIES[i], 0);
            }
        }
        writeThirdParties(c, rng);
        writeItems(c, profile, rng);
        writeAccounts(c);
    }

    private static void writeParameters(Connection c, DemoProfile profile) throws SQLException {
        List<Object> values = new ArrayList<>(List.of(1, profile.name(), profile.siret()));
        for (int slot = 0; slot < 5; slot++) {
            if (slot < profile.fiscalYearStarts().size()) {
                values.add(DemoDatabaseGenerator.text(profile.fiscalYearStarts().get(slot)));
                values.add(DemoDatabaseGenerator.text(profile.fiscalYearEnd(slot)));
            } else if (slot == profile.fiscalYearStarts().size()) {
                // Sage leaves a 1900 sentinel in unused slots; the others stay NULL here.
                values.add("1900-01-01 00:00:00");
                values.add("1900-01-01 00:00:00");
            } else {
                values.add(null);
                values.add(null);
            }
        }
        values.add(1);
        try (Batch dossier = new Batch(c, "P_DOSSIER", "cbMarq, D_RaisonSoc, D_Siret, D_DebutExo01, D_FinExo01,"
                + " D_DebutExo02, D_FinExo02, D_DebutExo03, D_FinExo03, D_DebutExo04, D_FinExo04, D_DebutExo05,"
                + " D_FinExo05, N_DeviseCompte")) {
            dossier.add(values.toArray());
        }
        try (Batch currencies = new Batch(c, "P_DEVISE", "cbMarq, cbIndice, D_Intitule, D_Sigle, D_CodeISO, D_Format")) {
            currencies.add(1, 1, "Euro", "EUR", "EUR", "# ### ##0,00");
            currencies.add(2, 2, "Dollar US", "USD", "USD", "# ### ##0,00");
            currencies.add(3, 3, "Livre sterling", "GBP", "GBP", "# ### ##0,00");
        }
    }

    private void writeThirdParties(Connection c, Random rng) throws SQLException {
        try (Batch tiers = new Batch(c, "F_COMPTET",
                "cbMarq, CT_Num, CT_Intitule, CT_Type, CG_NumPrinc, CO_No, N_CatTarif, CT_Encours, CT_Statistique01")) {
            int marq = 0;
            int customerCount = 320;
            for (int i = 1; i <= customerCount; i++) {
                String code = String.format("CL%04d", i);
                // Drawn in this order so the seeds give the same companies as ever.
                String prefix = NAME_PREFIXES[rng.nextInt(NAME_PREFIXES.length)];
                String surname = SURNAMES[rng.nextInt(SURNAMES.length)];
                String city = CITIES[rng.nextInt(CITIES.length)];
                String name = prefix + " " + surname + " " + city;
                // About one customer in twelve has no representative (CO_No = 0).
                int rep = rng.nextInt(12) == 0 ? 0 : 1 + rng.nextInt(REPS.length);
                double r = rng.nextDouble();
                int category = r < 0.6 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 3 : 4;
                // The first statistical field holds the customer's city (an extraction option groups by it).
                tiers.add(++marq, code, name, 0, "411000", rep, category, 5000 + rng.nextInt(20) * 1000, city);
                // Sales concentrate on a few large customers, as in real life.
                customers.add(new Customer(code, rep, 1.0 / Math.pow(i, 0.9)));
            }
            for (int i = 1; i <= 45; i++) {
                String code = String.format("FR%04d", i);
                String name = "Fournisseur " + SURNAMES[rng.nextInt(SURNAMES.length)] + " "
                        + CITIES[rng.nextInt(CITIES.length)];
                tiers.add(++marq, code, name, 1, "401000", 0, 0, 0, "");
                suppliers.add(code);
            }
        }
    }

    private void writeItems(Connection c, DemoProfile profile, Random rng) throws SQLException {
        try (Batch families = new Batch(c, "F_FAMILLE", "cbMarq, FA_CodeFamille, FA_Type, FA_Intitule");
             Batch articles = new Batch(c, "F_ARTICLE", "cbMarq, AR_Ref, AR_Design, FA_CodeFamille, AR_Stat01")) {
            int familyNo = 0;
            int itemNo = 0;
            for (DemoProfile.Trade trade : profile.trade()) {
                families.add(++familyNo, trade.familyCode(), 0, trade.familyLabel());
                int perFamily = 0;
                for (String base : trade.items()) {
                    for (String variant : VARIANTS) {
                        itemNo++;
                        perFamily++;
                        String ref = trade.familyCode().substring(0, 2) + String.format("%05d", itemNo);
                        long cents = Math.round(trade.basePrice() * (0.6 + 1.2 * rng.nextDouble()) * 100);
                        // The first statistical field holds the variant (an extraction option groups by it).
                        articles.add(itemNo, ref, base + variant, trade.familyCode(),
                                variant.isBlank() ? "standard" : variant.trim());
                        items.add(new Item(ref, base + variant, cents, trade.service(),
                                1.0 / Math.pow(perFamily, 0.7) * (trade.service() ? 0.4 : 1.0)));
                    }
                }
            }
        }
    }

    static final String[][] ACCOUNTS = {{"101000", "Capital"}, {"120000", "Résultat de l'exercice"},
        {"164000", "Emprunts auprès établ. de crédit"}, {"401000", "Fournisseurs"},
        {"411000", "Clients"}, {"421000", "Personnel - rémunérations dues"}, {"445660", "TVA déductible"},
        {"445710", "TVA collectée"}, {"512000", "Banque Crédit Agricole"}, {"512100", "Banque BNP Paribas"},
        {"530000", "Caisse"}, {"580000", "Virements internes"}, {"607000", "Achats de marchandises"},
        {"627000", "Services bancaires"}, {"641000", "Rémunérations du personnel"},
        {"706000", "Prestations de services"}, {"707000", "Ventes de marchandises"},
        {"709000", "Rabais remises ristournes accordés"}};

    private static void writeAccounts(Connection c) throws SQLException {
        try (Batch accounts = new Batch(c, "F_COMPTEG", "cbMarq, CG_Num, CG_Type, CG_Intitule")) {
            int marq = 0;
            for (String[] a : ACCOUNTS) {
                accounts.add(++marq, a[0], 0, a[1]);
            }
            accounts.add(++marq, "7", 1, "Comptes de produits");
        }
        try (Batch journals = new Batch(c, "F_JOURNAUX", "cbMarq, JO_Num, JO_Intitule, JO_Type, CG_Num")) {
            journals.add(1, "ACH", "Achats", 0, null);
            journals.add(2, "VTE", "Ventes", 1, null);
            journals.add(3, "BQ1", "Crédit Agricole", 2, "512000");
            journals.add(4, "BQ2", "BNP Paribas", 2, "512100");
            journals.add(5, "CAI", "Caisse", 2, "530000");
            journals.add(6, "OD", "Opérations diverses", 3, null);
            journals.add(7, "RAN", "Reports à nouveau", 3, null);
            journals.add(8, "SIT", "Situation", 4, null);
        }
    }

    /** Picks an index with probability proportional to its weight. */
    static int pick(double[] cumulative, Random rng) {
        double x = rng.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, x);
        return i >= 0 ? i : Math.min(-i - 1, cumulative.length - 1);
    }

    static double[] cumulative(List<Double> weights) {
        double[] c = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            sum += weights.get(i);
            c[i] = sum;
        }
        return c;
    }

    static LocalDate randomDay(LocalDate from, LocalDate to, Random rng) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays((long) (rng.nextDouble() * (days + 1)));
    }
}
