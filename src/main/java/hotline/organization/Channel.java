package hotline.organization;

/** The kind of contact a skill is used on. */
public enum Channel {
    VOICE, CHAT, EMAIL, MESSAGING, VIDEO
}
