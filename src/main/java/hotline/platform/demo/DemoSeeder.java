package hotline.platform.demo;

/**
 * A module's part of the demo center. Each seeder runs once per database, in {@link org.springframework.core.Ordered}
 * order, and only in demo mode; a module added later seeds its part on the next start.
 */
public interface DemoSeeder {

    /** A stable name: the database remembers which seeders ran. */
    String name();

    void seed();
}
