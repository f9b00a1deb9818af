package hotline.workorder;

/** What people do to a work order; {@code hotline.workorder.internal.Transitions} says where each may happen. */
public enum Action {
    /** 受理: the order is created; not in the transition table, since nothing precedes it. */
    ACCEPT("accept"),
    DISPATCH("dispatch"),
    REDISPATCH("redispatch"),
    SIGN_OFF("sign-off"),
    START("start"),
    RETURN("return"),
    REPLY("reply"),
    RESOLVE_ON_SPOT("resolve-on-spot"),
    CALLBACK("callback"),
    REOPEN("reopen"),
    ARCHIVE("archive"),
    MERGE("merge"),
    ESCALATE("escalate"),
    URGE("urge"),
    SUPERVISE("supervise"),
    REQUEST_EXTENSION("request-extension"),
    DECIDE_EXTENSION("decide-extension"),
    EDIT("edit"),
    NOTE("note"),
    LINK("link");

    private final String path;

    Action(String path) {
        this.path = path;
    }

    /** The name in URLs, error messages and the audit trail. */
    public String path() {
        return path;
    }
}
