package hotline.knowledge;

import java.util.List;

/** The synonym groups applied to search queries; changes take effect on the next query. */
public interface Synonyms {

    List<SynonymGroup> list();

    SynonymGroup add(List<String> terms);

    void delete(long id);
}
