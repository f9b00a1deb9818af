package hotline.knowledge;

/** A node of the category tree; {@code path} names its ancestors ("停电报修 / 计划停电"), {@code depth} 0 at the roots. */
public record CategoryView(long id, Long parentId, String name, String path, int depth, int position, long version) {
}
