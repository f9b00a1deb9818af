package hotline.identity;

/** An account was disabled: its sessions and tokens stop working; modules release what it held (e.g. agent state). */
public record UserDeactivated(long userId, String username) {
}
