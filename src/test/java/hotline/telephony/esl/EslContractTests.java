package hotline.telephony.esl;

import hotline.telephony.TelephonyContract;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The FreeSWITCH adapter passes the port's contract against the fake switch, with plain-text events. */
class EslContractTests extends TelephonyContract {

    @TempDir
    Path recordings;

    @Override
    protected Harness createHarness() {
        return new EslHarness(recordings);
    }
}
