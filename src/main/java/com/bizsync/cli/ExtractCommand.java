package com.bizsync.cli;

import com.bizsync.i18n.UserError;
import com.bizsync.source.SourceConnector;
import com.bizsync.source.SourceSpec;
import com.bizsync.views.ExtractOptions;
import com.bizsync.views.ExtractionSettings;
import com.bizsync.views.Extraction;
import com.bizsync.views.ViewExtractor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bizsync extract}: the views of one database as JSON, without any settings (VIEWS.md). */
@Command(name = "extract", mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "URL_OR_FILE")
    String db;

    @Option(names = "--user", paramLabel = "USER")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR")
    String passwordEnv;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD")
    String asOf;

    @Option(names = "--revenue-prefix", paramLabel = "70[,71…]")
    String revenuePrefix;

    /** The company options (docs/views.md); optional, so VIEWS.md's command line is unchanged. */
    @Option(names = "--cash-prefix", paramLabel = "512[,53…]")
    String cashPrefix;

    @Option(names = "--customer-statistic", paramLabel = "1-10")
    int customerStatistic;

    @Option(names = "--item-statistic", paramLabel = "1-5")
    int itemStatistic;

    @Override
    public Integer call() throws SQLException, IOException {
        ExtractOptions options = ExtractOptions.parse(asOf, revenuePrefix).with(new ExtractionSettings(List.of(),
                ExtractionSettings.prefixes(cashPrefix), customerStatistic, itemStatistic));
        SourceSpec source = SourceSpec.of(db, user, password());
        Extraction extraction;
        // Two connections to the same database: the ledger and the document lines are read in parallel.
        try (Connection accounting = SourceConnector.open(source); Connection commercial = SourceConnector.open(source)) {
            extraction = ViewExtractor.extract(accounting, commercial, options);
        }
        PrintWriter out = spec.commandLine().getOut();
        // A bare generator writes the tree as an indenting ObjectMapper would, without the
        // mapper's start-up cost (the command is often run once per database by scripts).
        try (JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            write(json, extraction.toJson());
        }
        out.println();
        out.flush();
        return 0;
    }

    /** The tree as ObjectMapper would write it (objects, arrays, text, numbers, booleans, nulls). */
    private static void write(JsonGenerator json, JsonNode node) throws IOException {
        if (node.isObject()) {
            json.writeStartObject();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                json.writeFieldName(field.getKey());
                write(json, field.getValue());
            }
            json.writeEndObject();
        } else if (node.isArray()) {
            json.writeStartArray();
            for (JsonNode element : node) {
                write(json, element);
            }
            json.writeEndArray();
        } else if (node.isBigDecimal()) {
            json.writeNumber(node.decimalValue());
        } else if (node.isIntegralNumber()) {
            json.writeNumber(node.bigIntegerValue());
        } else if (node.isNumber()) {
            json.writeNumber(node.doubleValue());
        } else if (node.isBoolean()) {
            json.writeBoolean(node.booleanValue());
        } else if (node.isNull()) {
            json.writeNull();
        } else {
            json.writeString(node.asText());
        }
    }

    private String password() {
        if (passwordEnv == null || passwordEnv.isBlank()) {
            return "";
        }
        String value = System.getenv(passwordEnv);
        if (value == null) {
            throw new UserError("source.passwordEnvMissing", passwordEnv);
        }
        return value;
    }
}
