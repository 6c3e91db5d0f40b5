package org.measuresqa.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * The embedded database: the index's own SQLite file, in WAL mode with a busy timeout so that readers never wait for
 * the writer. One connection, used by one caller at a time, which is all one process needs and keeps SQLite's writer
 * lock out of the way. The tables are created, or brought up to date in place, in one transaction; an upgrade adds
 * columns and tables: conversations and feedback are never dropped. (The file predates versioned migrations and must
 * keep opening older files, so its schema is prepared here rather than by the PostgreSQL migrations.)
 */
public final class SqliteDatabase implements Database {

    private static final int BUSY_TIMEOUT_MS = 5000;

    private final Path file;
    private final Connection connection;

    private SqliteDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens the file (creating it when missing) and prepares its tables. */
    public static SqliteDatabase open(Path file) {
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                st.execute("PRAGMA journal_mode = WAL");
            }
            prepare(c);
            return new SqliteDatabase(file, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new DatabaseException("Cannot open the conversations in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens a prepared file read-only (to inspect a live file; to a writer it is what a read-only mount is). */
    public static SqliteDatabase openReadOnly(Path file) {
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            return new SqliteDatabase(file, config.createConnection("jdbc:sqlite:" + file.toAbsolutePath()));
        } catch (SQLException e) {
            throw new DatabaseException("Cannot open the conversations in " + file + ": " + e.getMessage(), e);
        }
    }

    private static void prepare(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("""
                    CREATE TABLE IF NOT EXISTS conversations (
                      id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, title TEXT NOT NULL,
                      channel TEXT NOT NULL DEFAULT 'web', owner TEXT)""");
            st.execute("""
                    CREATE TABLE IF NOT EXISTS messages (
                      id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL REFERENCES conversations(id),
                      role TEXT NOT NULL, content TEXT NOT NULL, payload TEXT, created_at TEXT NOT NULL)""");
            st.execute("CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages (conversation_id, id)");
            st.execute("""
                    CREATE TABLE IF NOT EXISTS feedback (
                      id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL, turn INTEGER NOT NULL,
                      question TEXT NOT NULL, answer TEXT NOT NULL, rating TEXT NOT NULL, comment TEXT, created_at TEXT NOT NULL,
                      owner TEXT NOT NULL DEFAULT '')""");
            // files written before conversations had owners: add the columns, keep every row
            Set<String> columns = columns(st, "conversations");
            if (!columns.contains("channel")) st.execute("ALTER TABLE conversations ADD COLUMN channel TEXT NOT NULL DEFAULT 'web'");
            if (!columns.contains("owner")) st.execute("ALTER TABLE conversations ADD COLUMN owner TEXT");
            if (!columns(st, "feedback").contains("owner")) {
                st.execute("ALTER TABLE feedback ADD COLUMN owner TEXT NOT NULL DEFAULT ''");
                st.execute("DELETE FROM feedback WHERE id NOT IN (SELECT max(id) FROM feedback GROUP BY conversation_id, turn, owner)");
            }
            st.execute("CREATE UNIQUE INDEX IF NOT EXISTS feedback_once ON feedback (conversation_id, turn, owner)");
            st.execute("CREATE INDEX IF NOT EXISTS conversations_by_owner ON conversations (owner, updated_at)");
            // the bots' state: deliveries already taken on, and which conversation a chat place continues
            st.execute("CREATE TABLE IF NOT EXISTS bot_deliveries (delivery_key TEXT PRIMARY KEY, seen_at TEXT NOT NULL)");
            st.execute("CREATE INDEX IF NOT EXISTS bot_deliveries_by_age ON bot_deliveries (seen_at)");
            st.execute("""
                    CREATE TABLE IF NOT EXISTS bot_places (
                      place TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, updated_at TEXT NOT NULL)""");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static Set<String> columns(Statement st, String table) throws SQLException {
        Set<String> out = new HashSet<>();
        try (ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) out.add(rs.getString("name"));
        }
        return out;
    }

    @Override
    public String kind() {
        return "sqlite";
    }

    @Override
    public String where() {
        return file.toString();
    }

    @Override
    public synchronized <T> T withConnection(Work<T> work) throws SQLException {
        return work.run(connection);
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing: nothing left to protect
        }
    }
}
