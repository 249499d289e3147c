package com.bizsync.demo;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes one demo company different: name, seed, fiscal calendar and trade (item families).
 * The fiscal years are placed around a reference day (the last one contains it), so the same
 * seed gives the tests fixed data on {@link DemoDatabaseGenerator#REFERENCE_DAY} and a user's demo
 * data around today.
 */
record DemoProfile(String code, String name, String siret, long seed, List<LocalDate> fiscalYearStarts,
                   List<Trade> trade, LocalDate referenceDay) {

    /** A profile whose {@code years} fiscal years start in {@code firstMonth}, the last one holding {@code referenceDay}. */
    static DemoProfile around(LocalDate referenceDay, String code, String name, String siret, long seed,
                              Month firstMonth, int years, List<Trade> trade) {
        LocalDate lastStart = LocalDate.of(referenceDay.getYear(), firstMonth, 1);
        if (lastStart.isAfter(referenceDay)) {
            lastStart = lastStart.minusYears(1);
        }
        List<LocalDate> starts = new ArrayList<>();
        for (int i = years - 1; i >= 0; i--) {
            starts.add(lastStart.minusYears(i));
        }
        return new DemoProfile(code, name, siret, seed, List.copyOf(starts), trade, referenceDay);
    }

    /** One item family and the items it sells, with their base unit price in euros. */
    record Trade(String familyCode, String familyLabel, boolean service, List<String> items, int basePrice) {
    }

    LocalDate firstDay() {
        return fiscalYearStarts.get(0);
    }

    /** Last day of fiscal year {@code i}: the day before the next one starts (12 months each). */
    LocalDate fiscalYearEnd(int i) {
        return fiscalYearStarts.get(i).plusYears(1).minusDays(1);
    }

    static final List<Trade> JEWELLERY = List.of(
            new Trade("BAGUES", "Bagues", false, List.of("Bague or 18k", "Bague argent", "Alliance or blanc",
                    "Solitaire diamant", "Chevalière", "Bague saphir", "Bague rubis", "Bague émeraude"), 320),
            new Trade("COLLIERS", "Colliers", false, List.of("Collier perles", "Sautoir or", "Chaîne maille forçat",
                    "Pendentif cœur", "Collier ras du cou", "Médaille baptême"), 260),
            new Trade("BRACELETS", "Bracelets", false, List.of("Jonc or", "Bracelet gourmette", "Manchette argent",
                    "Bracelet tennis", "Bracelet cordon"), 210),
            new Trade("BOUCLES", "Boucles d'oreilles", false, List.of("Créoles or", "Puces diamant",
                    "Pendants perles", "Dormeuses argent"), 150),
            new Trade("MONTRES", "Montres", false, List.of("Montre automatique", "Montre quartz dame",
                    "Montre chronographe", "Montre de poche"), 540),
            new Trade("ENTRETIEN", "Entretien et gravure", true, List.of("Gravure", "Nettoyage ultrasons",
                    "Remplacement pile", "Mise à taille"), 35),
            new Trade("ECRINS", "Écrins et emballages", false, List.of("Écrin velours", "Pochette satin",
                    "Coffret bois"), 12));

    static final List<Trade> SILVERWARE = List.of(
            new Trade("COUVERTS", "Couverts", false, List.of("Ménagère 24 pièces", "Couteau à poisson",
                    "Cuillère à café", "Fourchette à huîtres", "Pelle à tarte"), 180),
            new Trade("PLATS", "Plats et plateaux", false, List.of("Plat ovale", "Plateau gravé", "Légumier",
                    "Saucière"), 420),
            new Trade("TIMBALES", "Timbales et coupes", false, List.of("Timbale de naissance", "Coupe à champagne",
                    "Rond de serviette"), 95),
            new Trade("CHANDELIER", "Chandeliers", false, List.of("Bougeoir", "Candélabre 5 branches",
                    "Photophore"), 260),
            new Trade("RESTAURE", "Restauration", true, List.of("Réargenture", "Polissage",
                    "Redressage"), 60));

    static final List<Trade> WINE = List.of(
            new Trade("ROUGES", "Vins rouges", false, List.of("Chinon rouge", "Bourgueil", "Saumur-Champigny",
                    "Saint-Nicolas", "Anjou rouge", "Touraine gamay"), 11),
            new Trade("BLANCS", "Vins blancs", false, List.of("Vouvray sec", "Sancerre", "Muscadet", "Savennières",
                    "Montlouis", "Pouilly-Fumé"), 13),
            new Trade("ROSES", "Rosés", false, List.of("Rosé d'Anjou", "Cabernet d'Anjou", "Touraine rosé"), 9),
            new Trade("BULLES", "Fines bulles", false, List.of("Crémant de Loire", "Vouvray pétillant",
                    "Saumur brut"), 12),
            new Trade("COFFRETS", "Coffrets", false, List.of("Coffret découverte", "Coffret prestige",
                    "Caisse bois 6"), 45),
            new Trade("ANIMATION", "Dégustations", true, List.of("Dégustation en cave", "Animation salon"), 150));
}
