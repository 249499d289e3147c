package com.bizsync.platform;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The brand icons (resources/brand) under {@code /icons/}: the home-screen and manifest icons, the
 * Apple touch icon and the favicon of the mobile dashboard. Only the rendered PNGs and the .ico
 * are served, not the SVG sources or the script that renders them.
 */
final class AppIcons {
    /** Icons change with a release only: phones may keep them a day without asking. */
    private static final String CACHE = "public, max-age=86400";

    private AppIcons() {
    }

    static void serve(JavalinConfig cfg, Map<String, String> securityHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(securityHeaders);
        headers.put("Cache-Control", CACHE);
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/icons";
            files.directory = "/brand";
            files.location = Location.CLASSPATH;
            files.headers = headers;
            files.skipFileFunction = request -> !request.getRequestURI().matches(".*/bizsync[-a-z0-9]*\\.(png|ico)");
        });
    }
}
