package org.measuresqa.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * PostgreSQL, shared by every instance: a HikariCP pool (a broken connection is replaced by itself once the database
 * answers again) and the schema in versioned migrations under {@code db/postgresql}, applied by Flyway at start.
 * Flyway takes a lock, so instances starting together apply each migration once.
 *
 * <p>A lost database costs a request at most {@link Settings#connectTimeout()} to find out, not the driver's default
 * of minutes: the pool's wait and the driver's connect and socket timeouts are set short, unless the URL sets its own.
 */
public final class PostgresDatabase implements Database {

    /**
     * @param url            a {@code jdbc:postgresql://} URL, credentials included as parameters
     * @param poolSize       connections per instance
     * @param connectTimeout how long a request waits for a connection before it is given up as not saved
     */
    public record Settings(String url, int poolSize, Duration connectTimeout) {
        public Settings {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("must be a PostgreSQL JDBC URL such as jdbc:postgresql://db:5432/measures?user=qa&password=…");
            }
            if (poolSize < 1) throw new IllegalArgumentException("pool size must be at least 1, was " + poolSize);
            if (connectTimeout.toMillis() < 250) throw new IllegalArgumentException("connect timeout must be at least 250 ms");
        }
    }

    private final HikariDataSource pool;
    private final String where;

    private PostgresDatabase(HikariDataSource pool, String where) {
        this.pool = pool;
        this.where = where;
    }

    /** Connects, and applies the migrations this version has that the database does not. */
    public static PostgresDatabase open(Settings settings) {
        String where = where(settings.url());
        HikariConfig config = new HikariConfig();
        config.setPoolName("measuresqa-db");
        config.setJdbcUrl(settings.url());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setConnectionTimeout(settings.connectTimeout().toMillis());
        config.setValidationTimeout(Math.min(1000, settings.connectTimeout().toMillis()));
        // URL parameters win over these: an operator's own choice stays theirs
        long seconds = Math.max(1, settings.connectTimeout().toSeconds());
        config.addDataSourceProperty("connectTimeout", Long.toString(seconds));
        config.addDataSourceProperty("socketTimeout", "30");
        config.addDataSourceProperty("ApplicationName", "measures-qa");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseException("Cannot connect to PostgreSQL at " + where + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/postgresql").load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new DatabaseException("Cannot bring the PostgreSQL schema at " + where + " up to date: " + rootMessage(e), e);
        }
        return new PostgresDatabase(pool, where);
    }

    /** Host, port and database from the URL; never its parameters, which may hold the password. */
    static String where(String url) {
        String rest = url.substring("jdbc:postgresql:".length());
        int query = rest.indexOf('?');
        if (query >= 0) rest = rest.substring(0, query);
        return rest.startsWith("//") ? rest.substring(2) : rest;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage();
    }

    @Override
    public String kind() {
        return "postgresql";
    }

    @Override
    public String where() {
        return where;
    }

    @Override
    public <T> T withConnection(Work<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
