package hotline.telephony.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code hotline.simulator.*}: the simulator adapter's switch, devices and demo traffic. Distributions are written
 * {@code fixed(5s)}, {@code exponential(90s)} or {@code lognormal(240s, 150s)}. See {@code docs/telephony.md}.
 *
 * @param seed the seed of every random draw; unset: a fresh one, logged so the run can be replayed
 */
@ConfigurationProperties("hotline.simulator")
record SimulatorProperties(Long seed, @DefaultValue Traffic traffic, @DefaultValue Devices devices,
                           @DefaultValue Media media) {

    /**
     * @param enabled            generate calls; unset: only in demo mode
     * @param minCallsPerMinute  the rate at the quietest time of day
     * @param maxCallsPerMinute  the rate at the day curve's peak
     * @param curve              utility, bank or flat
     * @param knownCallerShare   the share of callers calling from {@code KnownCallerNumbers}, when some are known
     * @param calledNumbers      service lines and their weights (default 95598)
     * @param menuChoices        IVR digits callers press and their weights
     */
    record Traffic(Boolean enabled,
                   @DefaultValue("1") double minCallsPerMinute,
                   @DefaultValue("3") double maxCallsPerMinute,
                   @DefaultValue("utility") String curve,
                   @DefaultValue("30m") Duration interval,
                   @DefaultValue("lognormal(240s, 150s)") String handleTime,
                   @DefaultValue("exponential(90s)") String patience,
                   @DefaultValue("lognormal(3s, 1500ms)") String thinkTime,
                   @DefaultValue("0.6") double callerHangupShare,
                   @DefaultValue("0.3") double knownCallerShare,
                   Map<String, Double> calledNumbers,
                   Map<String, Double> menuChoices,
                   @DefaultValue("sim-trunk") String trunk) {
    }

    /**
     * @param endpoints          devices registered when the simulator starts
     * @param autoRegisterPrefix endpoints with this prefix are registered devices the first time they are used
     *                           (empty: none)
     * @param hangUpWhenAlone    a device hangs up this long after the other side left (0: never)
     */
    record Devices(List<String> endpoints,
                   @DefaultValue("agent:") String autoRegisterPrefix,
                   @DefaultValue("lognormal(3s, 1s)") String answerDelay,
                   @DefaultValue("0.05") double noAnswerShare,
                   @DefaultValue("2s") Duration hangUpWhenAlone) {
    }

    /**
     * @param maxRecordingFile a recording's file holds at most this much audio (its event reports the true length)
     */
    record Media(@DefaultValue("3s") Duration promptLength,
                 @DefaultValue("200ms") Duration ttsPerCharacter,
                 @DefaultValue("100ms") Duration ringDelay,
                 @DefaultValue("10s") Duration maxRecordingFile) {
    }
}
