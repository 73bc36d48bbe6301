package com.pazpaz.local;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Records every log event of this JVM (both services and the stack) while open; our own code at DEBUG. */
final class LogCapture implements AutoCloseable {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger ours = context.getLogger("com.pazpaz");
    private final Level oursBefore = ours.getLevel();

    LogCapture() {
        appender.setContext(context);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        ours.setLevel(Level.DEBUG);
    }

    List<ILoggingEvent> events() {
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    /** Everything an event would put into a log line: message, arguments, MDC, exception chain and stack. */
    static String fullText(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        text.append(' ').append(event.getMDCPropertyMap());
        if (event.getThrowableProxy() != null) {
            text.append(' ').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        return text.toString();
    }

    @Override
    public void close() {
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
        ours.setLevel(oursBefore);
    }
}
