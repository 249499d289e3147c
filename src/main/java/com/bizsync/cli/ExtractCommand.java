package com.bizsync.cli;

import com.bizsync.i18n.UserError;
import com.bizsync.source.SourceConnector;
import com.bizsync.source.SourceSpec;
import com.bizsync.views.ExtractOptions;
import com.bizsync.views.Extraction;
import com.bizsync.views.ViewExtractor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
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

    @Override
    public Integer call() throws SQLException, com.fasterxml.jackson.core.JsonProcessingException {
        ExtractOptions options = ExtractOptions.parse(asOf, revenuePrefix);
        SourceSpec source = SourceSpec.of(db, user, password());
        Extraction extraction;
        try (Connection connection = SourceConnector.open(source)) {
            extraction = ViewExtractor.extract(connection, connection, options);
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        PrintWriter out = spec.commandLine().getOut();
        out.println(mapper.writeValueAsString(extraction.toJson()));
        out.flush();
        return 0;
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
