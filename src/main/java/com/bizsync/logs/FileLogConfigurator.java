package com.bizsync.logs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import com.bizsync.settings.AppHome;
import java.nio.file.Path;
import org.slf4j.Logger;

/**
 * The product's logging, set up in code: {@code bizsync.log} in the BizSync home's {@code logs}
 * folder, rolled daily and at 10 MB, 30 days and 200 MB kept, every message and exception
 * message escaped onto its line. Logback finds it as a service before any XML file; reading a
 * {@code logback.xml} instead loaded an XML parser and some 600 classes at every start, a good
 * part of a one-shot {@code bizsync extract} (docs/views.md). A {@code logback-test.xml} on the
 * class path or {@code -Dlogback.configurationFile} still decide, as logback documents.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class FileLogConfigurator extends ContextAwareBase implements Configurator {
    /** Date, level, thread, logger, then the escaped message and exception (one line each). */
    static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n%escapedEx";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || FileLogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        Path folder = AppHome.logFolder();
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder.resolve("bizsync.log").toString());

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder.resolve("bizsync.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("200MB"));
        rolling.start();

        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("msg", EscapedMessageConverter::new);
        layout.getInstanceConverterMap().put("escapedEx", EscapedThrowableConverter::new);
        layout.setPattern(PATTERN);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();

        file.setRollingPolicy(rolling);
        file.setEncoder(encoder);
        file.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
        context.getLogger("io.javalin").setLevel(Level.INFO);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
