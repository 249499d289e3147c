package com.bizsync.platform;

import java.util.regex.Pattern;

/** Input rules shared by every route (platform-api.md): codes and logins. */
final class Codes {
    private static final Pattern CODE = Pattern.compile("^[A-Z0-9]{1,20}$");
    private static final Pattern LOGIN = Pattern.compile("^\\S{1,64}$");

    private Codes() {
    }

    static boolean isCode(String s) {
        return s != null && CODE.matcher(s).matches();
    }

    static boolean isLogin(String s) {
        return s != null && LOGIN.matcher(s).matches();
    }

    /** @return the code, or a 400 naming the field when it does not follow the rule */
    static String requireCode(String s, String field) {
        if (!isCode(s)) {
            throw ApiError.badRequest(field + " must be 1 to 20 uppercase letters or digits.");
        }
        return s;
    }
}
