package hotline.knowledge;

import java.util.List;

/** The category tree of the knowledge base, administered by supervisors, managers and administrators. */
public interface Categories {

    /** The whole tree in display order (depth first). */
    List<CategoryView> tree();

    CategoryView get(long id);

    CategoryView create(Long parentId, String name, int position);

    /** Renames or moves a category on the version read; a category cannot move below itself. */
    CategoryView update(long id, Long parentId, String name, int position, long version);

    /** Deletes an empty category (no children, articles or scripts). */
    void delete(long id);
}
