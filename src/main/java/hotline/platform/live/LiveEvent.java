package hotline.platform.live;

/**
 * One message for live views: a topic (e.g. {@code queue:billing}, {@code agent:17}, {@code wallboard}), an event name
 * the browser dispatches on, and a JSON payload. {@code publishedAtMillis} lets clients and benchmarks measure delay.
 */
public record LiveEvent(String topic, String name, String json, long publishedAtMillis) {
}
