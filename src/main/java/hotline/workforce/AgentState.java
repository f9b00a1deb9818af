package hotline.workforce;

import java.util.Locale;

/** Agent states as adherence understands them; routing's state names map onto these. */
public enum AgentState {
    AVAILABLE, ON_CONTACT, WRAP_UP, NOT_READY, BREAK, MEAL, TRAINING, LOGGED_OUT;

    /** Routing's names (READY, BUSY, ACW, AWAY …) and ours; anything else is not ready. */
    public static AgentState of(String name) {
        String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (n) {
            case "AVAILABLE", "READY", "IDLE" -> AVAILABLE;
            case "ON_CONTACT", "ON_CALL", "BUSY", "TALKING", "RESERVED", "RINGING", "HOLD" -> ON_CONTACT;
            case "WRAP_UP", "ACW", "AFTER_CALL_WORK" -> WRAP_UP;
            case "BREAK" -> BREAK;
            case "MEAL", "LUNCH" -> MEAL;
            case "TRAINING", "COACHING", "MEETING" -> TRAINING;
            case "LOGGED_OUT", "OFFLINE", "SIGNED_OUT" -> LOGGED_OUT;
            default -> NOT_READY;
        };
    }

    /** Taking or ready to take contacts. */
    public boolean working() {
        return this == AVAILABLE || this == ON_CONTACT || this == WRAP_UP;
    }
}
