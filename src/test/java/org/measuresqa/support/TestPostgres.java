package org.measuresqa.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server for tests: {@code TEST_DATABASE_URL} when set, else the machine's own at 127.0.0.1:5432 (user
 * postgres, trust auth). Each test gets a database of its own, dropped when it is closed. Without a server the tests
 * that need one are skipped, except under {@code CI=true}, where an unreachable server fails the build: CI must not
 * pass by skipping them.
 */
public final class TestPostgres {

    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private TestPostgres() {
    }

    /** A database made for one test; closing it drops it. */
    public record Fresh(String url, String name) implements AutoCloseable {
        @Override
        public void close() {
            try (Connection c = DriverManager.getConnection(adminUrl()); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop test database " + name + ": " + e.getMessage(), e);
            }
        }
    }

    /** The server's address and credentials from {@code TEST_DATABASE_URL}, or the default. */
    public static String adminUrl() {
        String url = System.getenv("TEST_DATABASE_URL");
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    /** Makes a new, empty database; skips the test (fails it under CI) when no server answers. */
    public static Fresh freshDatabase() {
        String admin = adminUrl();
        String name = "mqa_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(admin); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String why = "no PostgreSQL for tests at " + admin.replaceAll("(?i)password=[^&]*", "password=****") + ": " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(why + " (CI=true: start it, e.g. with pg_ctlcluster)");
            Assumptions.abort(why);
        }
        return new Fresh(withDatabase(admin, name), name);
    }

    /** {@code url} with its database name replaced by {@code name}, parameters kept. */
    static String withDatabase(String url, String name) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.lastIndexOf('/');
        if (slash <= "jdbc:postgresql://".length() - 1) return base + "/" + name + params;
        return base.substring(0, slash + 1) + name + params;
    }
}
