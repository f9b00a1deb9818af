package hotline.telephony;

/** What the engine knows about an agent's device: registered or not, and where ({@code contact}, null if unknown). */
public record EndpointStatus(String endpoint, boolean registered, String contact) {
}
