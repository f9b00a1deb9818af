package hotline.knowledge;

/** An article explains a topic; a FAQ pair is one question with its model answer (范本应答). */
public enum ArticleKind {
    ARTICLE, FAQ
}
