package hotline.telephony.ivr;

import hotline.telephony.Prompt;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The simple IVR's script: a greeting, a one-digit menu mapping digits to queue codes, what to say on a wrong or
 * missing choice, and what a queued caller hears.
 *
 * @param attempts     menu tries before the caller goes to {@code defaultQueue}
 * @param digitTimeout how long the menu waits for a digit after its prompt
 */
public record IvrSettings(Prompt greeting, Prompt menu, Prompt invalid, Prompt pleaseHold, Prompt music,
                          Map<String, String> queues, String defaultQueue, Duration digitTimeout, int attempts) {

    public IvrSettings {
        Objects.requireNonNull(greeting, "greeting");
        Objects.requireNonNull(menu, "menu");
        Objects.requireNonNull(invalid, "invalid");
        Objects.requireNonNull(pleaseHold, "pleaseHold");
        Objects.requireNonNull(music, "music");
        Objects.requireNonNull(defaultQueue, "defaultQueue");
        Objects.requireNonNull(digitTimeout, "digitTimeout");
        queues = Map.copyOf(queues);
        if (queues.keySet().stream().anyMatch(digit -> digit.length() != 1 || "0123456789*#".indexOf(digit) < 0)) {
            throw new IllegalArgumentException("menu keys are single digits, got " + queues.keySet());
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
    }

    /** A power utility's hotline (95598): repairs, billing, complaints, an agent. */
    public static IvrSettings utilityDefaults() {
        return new IvrSettings(
                Prompt.tts("您好，欢迎致电供电服务热线。"),
                Prompt.tts("故障报修请按1，电费查询请按2，投诉建议请按3，人工服务请按0。"),
                Prompt.tts("您的输入有误。"),
                Prompt.tts("正在为您转接客服代表，请稍候。"),
                Prompt.file("moh/default"),
                Map.of("1", "REPAIR", "2", "BILLING", "3", "COMPLAINT", "0", "GENERAL"),
                "GENERAL", Duration.ofSeconds(5), 3);
    }
}
