package hotline.routing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where an agent sends the caller on the line: another agent (who must be ready), a queue (by code), or an outside
 * number such as a department's hotline. Only the field of the chosen kind is read.
 */
public record Transfer(@NotNull Kind kind, Long agentId, @Size(max = 32) String queueCode,
                       @Pattern(regexp = "^$|^" + Transfer.NUMBER + "$") String number) {

    /** A number Hotline dials outside: a department's hotline, a customer called back. */
    public static final String NUMBER = "[0-9+\\-]{3,20}";

    public enum Kind {
        /** To a ready agent: their phone rings in the caller's call; a no-answer puts the caller in the queue. */
        AGENT,
        /** Back into routing, to the queue's head of line by its own order. */
        QUEUE,
        /** Blind transfer to an outside number (a department hotline): routing's part ends. */
        NUMBER
    }

    public static Transfer toAgent(long agentId) {
        return new Transfer(Kind.AGENT, agentId, null, null);
    }

    public static Transfer toQueue(String queueCode) {
        return new Transfer(Kind.QUEUE, null, queueCode, null);
    }

    public static Transfer toNumber(String number) {
        return new Transfer(Kind.NUMBER, null, null, number);
    }
}
