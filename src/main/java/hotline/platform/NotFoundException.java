package hotline.platform;

/** Something a request named does not exist (or is not visible to the caller, which must not learn the difference). */
public class NotFoundException extends RuntimeException {

    private final String resource;
    private final Object id;

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " not found");
        this.resource = resource;
        this.id = id;
    }

    public String resource() {
        return resource;
    }

    public Object id() {
        return id;
    }
}
