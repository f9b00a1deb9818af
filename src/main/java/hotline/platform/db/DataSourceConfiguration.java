package hotline.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import hotline.platform.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * The one {@link DataSource}: an external PostgreSQL when {@code HOTLINE_DB_URL} is set, otherwise the embedded one.
 * Every module's migrations have run before any other bean can see it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DataSourceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

    /** Where the database is; closing it stops the embedded server, after the pool (which depends on it) closed. */
    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(DatabaseProperties properties, DataDirectory dataDirectory) {
        if (properties.external()) {
            log.info("Using the external PostgreSQL at {}", properties.url());
            return new DatabaseServer(properties.url(), properties.user(), properties.password(), null);
        }
        if (properties.mode() == DatabaseProperties.Mode.EPHEMERAL) {
            return new DatabaseServer(EphemeralDatabases.newDatabaseUrl(), "postgres", "postgres", null);
        }
        var directory = dataDirectory.path().resolve("pg");
        log.info("Starting the embedded PostgreSQL in {}", directory.toAbsolutePath());
        var server = EmbeddedPostgresServer.persistent(directory, properties.embeddedPort());
        return new DatabaseServer(server.jdbcUrl("postgres"), "postgres", "postgres", server);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseServer server, DatabaseProperties properties) {
        var config = new HikariConfig();
        config.setPoolName("hotline");
        config.setMaximumPoolSize(properties.poolSize());
        config.setJdbcUrl(server.url());
        config.setUsername(server.user());
        config.setPassword(server.password());
        var dataSource = new HikariDataSource(config);
        if (properties.mode() == DatabaseProperties.Mode.EPHEMERAL && !properties.external()) {
            EphemeralDatabases.track(dataSource);
        }
        return dataSource;
    }

    @Bean
    static BeanPostProcessor moduleMigrations() {
        return new ModuleMigrations();
    }

    record DatabaseServer(String url, String user, String password, EmbeddedPostgresServer embedded)
            implements AutoCloseable {
        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
