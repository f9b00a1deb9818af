package hotline.customer;

/** What a consent is about: outbound calls (do-not-call is a withdrawn PHONE consent), text messages, email, WeChat. */
public enum ConsentChannel {
    PHONE, SMS, EMAIL, WECHAT
}
