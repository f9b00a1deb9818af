package hotline.quality;

/** What can happen to an evaluation; each is a row of the transition table (ADR 0081). */
public enum EvaluationAction {
    SAVE("save"), SUBMIT("submit"), ACKNOWLEDGE("acknowledge"), APPEAL("appeal"), ARBITRATE("arbitrate"),
    REASSIGN("reassign"), CANCEL("cancel"), CLOSE("close");

    private final String path;

    EvaluationAction(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
