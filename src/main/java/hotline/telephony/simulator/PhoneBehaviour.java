package hotline.telephony.simulator;

import java.time.Duration;

/**
 * How a simulated device behaves when it rings: it answers after {@code answerDelay}, except a share of calls it lets
 * ring out ({@code noAnswerShare}: the agent stepped away); once the other side has left it hangs up after
 * {@code hangUpWhenAlone} (null: never, the client hangs it up).
 */
public record PhoneBehaviour(Distribution answerDelay, double noAnswerShare, Duration hangUpWhenAlone) {

    public PhoneBehaviour {
        if (noAnswerShare < 0 || noAnswerShare > 1) {
            throw new IllegalArgumentException("noAnswerShare must be in [0, 1], got " + noAnswerShare);
        }
    }

    /** Answers every call after {@code delay} and waits for the client to end it. */
    public static PhoneBehaviour answerAfter(Duration delay) {
        return new PhoneBehaviour(Distribution.fixed(delay), 0, null);
    }

    /** Rings until the originate times out. */
    public static PhoneBehaviour neverAnswer() {
        return new PhoneBehaviour(Distribution.fixed(Duration.ZERO), 1, null);
    }
}
