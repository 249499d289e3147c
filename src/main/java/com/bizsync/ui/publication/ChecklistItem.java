package com.bizsync.ui.publication;

/** One line of page 1: a setting, whether it is filled in, whether publishing needs it. */
public record ChecklistItem(Setting setting, boolean done) {

    public enum Setting {
        PORTAL("publication.settings.portal", true),
        COMPANIES("publication.settings.companies", true),
        DATABASE_LOGIN("publication.settings.databaseLogin", true),
        USERS("publication.settings.users", false),
        SCHEDULE("publication.settings.schedule", false);

        private final String labelKey;
        private final boolean required;

        Setting(String labelKey, boolean required) {
            this.labelKey = labelKey;
            this.required = required;
        }

        public String labelKey() {
            return labelKey;
        }

        /** Publishing cannot work without it; users and schedule only warn (users) or are optional. */
        public boolean required() {
            return required;
        }

        /** Node id suffix, e.g. {@code check-portal}. */
        public String id() {
            return "check-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
