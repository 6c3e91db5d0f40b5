package org.measuresqa.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the state that outlives a request is kept: conversations, feedback and the bots' delivery state. Two real
 * databases stand behind it: the embedded SQLite file (one instance, nothing to install) and PostgreSQL (several
 * instances sharing one state). The stores write their SQL once, in the subset both understand; each database owns its
 * schema and how connections are shared.
 */
public interface Database extends AutoCloseable {

    /** Work done on a connection; the connection is not the caller's to keep or close. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** {@code sqlite} or {@code postgresql}, for {@code /health} and the log. */
    String kind();

    /** Where it is, for messages: a file name, or host and database; never a password. */
    String where();

    /** Runs {@code work} on a connection: SQLite's one connection, one caller at a time; PostgreSQL's from the pool. */
    <T> T withConnection(Work<T> work) throws SQLException;

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    default <T> T inTransaction(Work<T> work) throws SQLException {
        return withConnection(c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    /**
     * Throws when a write would not go through now (a read-only file or mount, a read-only replica, a role without
     * rights, a lost database): a write in a transaction that is rolled back. Checked at start.
     */
    default void checkWritable() throws SQLException {
        withConnection(c -> {
            c.setAutoCommit(false);
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("INSERT INTO bot_deliveries (delivery_key, seen_at) VALUES ('write check', '')");
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            return null;
        });
    }

    /** Whether the database answers now, within about a second: for {@code /health}. */
    default boolean reachable() {
        try {
            return withConnection(c -> c.isValid(1));
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    void close();
}
