package hotline.platform.db;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Runs each module's Flyway migrations as soon as the {@link DataSource} exists, so no bean ever sees an old schema.
 *
 * <p>A module keeps its scripts in {@code db/migration/<module>} and owns the PostgreSQL schema of the same name,
 * with its own history table: modules number their versions independently and never collide. The {@code platform}
 * folder migrates the {@code public} schema (framework tables) and runs first. See ADR 0004.
 */
class ModuleMigrations implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);
    private static final Pattern FOLDER = Pattern.compile(".*/db/migration/([a-z]+)/[^/]+\\.sql$");
    static final String PLATFORM = "platform";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            migrate(dataSource);
        }
        return bean;
    }

    static void migrate(DataSource dataSource) {
        for (String module : modules()) {
            String schema = module.equals(PLATFORM) ? "public" : module;
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(schema)
                    .defaultSchema(schema)
                    .createSchemas(true)
                    .table(module.equals(PLATFORM) ? "flyway_schema_history" : "flyway_history")
                    .locations("classpath:db/migration/" + module)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                log.info("Migrated module {} to version {} ({} scripts)", module, result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
        }
    }

    /** The module folders found on the class path, {@code platform} first. */
    static Iterable<String> modules() {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/*.sql");
            var modules = new TreeSet<String>(Comparator.comparing((String m) -> !m.equals(PLATFORM))
                    .thenComparing(Comparator.naturalOrder()));
            Arrays.stream(resources)
                    .map(resource -> {
                        try {
                            var matcher = FOLDER.matcher(resource.getURL().toString());
                            return matcher.matches() ? matcher.group(1) : null;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .filter(Objects::nonNull)
                    .forEach(modules::add);
            return modules;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the migration folders", e);
        }
    }
}
