package hotline.workorder;

/** Where the request came from. */
public enum Channel {
    PHONE, WEB_CHAT, WECHAT, APP, EMAIL, WEBSITE, LETTER, WALK_IN, OUTBOUND
}
