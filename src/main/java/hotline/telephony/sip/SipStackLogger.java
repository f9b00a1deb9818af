package hotline.telephony.sip;

import gov.nist.core.StackLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Properties;

/**
 * Routes the JAIN-SIP RI's stack log to SLF4J, so the stack needs no log4j 1.x on the class path. Public with a
 * no-argument constructor because the stack instantiates it by name ({@code gov.nist.javax.sip.STACK_LOGGER}).
 */
public final class SipStackLogger implements StackLogger {

    private static final Logger log = LoggerFactory.getLogger("hotline.telephony.sip.stack");

    @Override
    public void logStackTrace() {
    }

    @Override
    public void logStackTrace(int traceLevel) {
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        log.debug("SIP stack exception", ex);
    }

    @Override
    public void logDebug(String message) {
        log.trace(message);
    }

    @Override
    public void logDebug(String message, Exception ex) {
        log.trace(message, ex);
    }

    @Override
    public void logTrace(String message) {
        log.trace(message);
    }

    @Override
    public void logFatalError(String message) {
        log.error(message);
    }

    @Override
    public void logError(String message) {
        log.warn(message);
    }

    @Override
    public boolean isLoggingEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        return logLevel <= TRACE_WARN || log.isDebugEnabled();
    }

    @Override
    public void logError(String message, Exception ex) {
        log.warn(message, ex);
    }

    @Override
    public void logWarning(String message) {
        log.warn(message);
    }

    @Override
    public void logInfo(String message) {
        log.debug(message);
    }

    @Override
    public void disableLogging() {
    }

    @Override
    public void enableLogging() {
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
    }

    @Override
    public String getLoggerName() {
        return log.getName();
    }
}
