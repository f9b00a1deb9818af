package hotline.telephony.esl;

import hotline.telephony.TelephonyContract;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The same contract with JSON event frames ({@code event json …}). */
class EslJsonContractTests extends TelephonyContract {

    @TempDir
    Path recordings;

    @Override
    protected Harness createHarness() {
        return new EslHarness(recordings, settings -> settings.withFormat("json"));
    }
}
