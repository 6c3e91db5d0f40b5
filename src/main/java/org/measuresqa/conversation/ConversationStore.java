package org.measuresqa.conversation;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Conversations and their messages, in the index's SQLite file so that they survive restarts. A turn (the user's
 * message and the answer) is written in one transaction, after the answer is complete: nothing is stored half-way.
 * The file runs in WAL mode with a busy timeout, so readers never wait for the writer; the tables are created or
 * upgraded in one transaction, and an upgrade adds columns: conversations and feedback are never dropped.
 */
public final class ConversationStore implements AutoCloseable {

    /** One stored message; {@code payload} is the answer's JSON for assistant messages, null for the user's. */
    public record Message(String role, String content, String payload, String createdAt) {
    }

    /** A conversation as listed: its id, its first question, when it last changed. */
    public record Summary(String id, String title, String updatedAt, int turns) {
    }

    /** Whose a conversation is: the channel that started it and, for a browser, its owner. */
    public record Origin(String channel, String owner) {
    }

    private static final int BUSY_TIMEOUT_MS = 5000;

    private final Path file;
    private final Connection connection;

    private ConversationStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static ConversationStore open(Path file) {
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                st.execute("PRAGMA journal_mode = WAL");
            }
            prepare(c);
            return new ConversationStore(file, c);
        } catch (SQLException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // the failure to open is what matters
                }
            }
            throw new ConversationException("Cannot open the conversations in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens a prepared file read-only (to inspect a live file; to a writer it is what a read-only mount is). */
    public static ConversationStore openReadOnly(Path file) {
        try {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setReadOnly(true);
            return new ConversationStore(file, config.createConnection("jdbc:sqlite:" + file.toAbsolutePath()));
        } catch (SQLException e) {
            throw new ConversationException("Cannot open the conversations in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates the tables, or brings older ones up to date, in one transaction. */
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

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public synchronized boolean exists(String id) {
        return origin(id).isPresent();
    }

    /** Who started the conversation; empty when there is none with this id. */
    public synchronized Optional<Origin> origin(String id) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT channel, owner FROM conversations WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Origin(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("looking up conversation " + id, e);
        }
    }

    /** The user's earlier messages, oldest first, at most {@code limit} of the latest. */
    public synchronized List<String> userTurns(String id, int limit) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT content FROM (SELECT id, content FROM messages WHERE conversation_id = ? AND role = 'user' ORDER BY id DESC LIMIT ?) ORDER BY id")) {
            ps.setString(1, id);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw failure("reading conversation " + id, e);
        }
        return out;
    }

    public synchronized List<Message> messages(String id) {
        List<Message> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT role, content, payload, created_at FROM messages WHERE conversation_id = ? ORDER BY id")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Message(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw failure("reading conversation " + id, e);
        }
        return out;
    }

    /** The web conversations of one browser, latest first; none for a caller without an owner. */
    public synchronized List<Summary> recent(String owner, int limit) {
        List<Summary> out = new ArrayList<>();
        if (owner == null) return out;
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT c.id, c.title, c.updated_at, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id AND m.role = 'user')
                FROM conversations c WHERE c.owner = ? AND c.channel = 'web' ORDER BY c.updated_at DESC, c.rowid DESC LIMIT ?""")) {
            ps.setString(1, owner);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Summary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
            }
        } catch (SQLException e) {
            throw failure("listing conversations", e);
        }
        return out;
    }

    /** Stores one complete turn, creating the conversation (with the caller as its origin) on its first turn. */
    public synchronized void appendTurn(String id, Caller caller, String question, String answer, String payload) {
        String now = Instant.now().toString();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement conv = connection.prepareStatement(
                    "INSERT INTO conversations (id, created_at, updated_at, title, channel, owner) VALUES (?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at");
                 PreparedStatement msg = connection.prepareStatement(
                         "INSERT INTO messages (conversation_id, role, content, payload, created_at) VALUES (?, ?, ?, ?, ?)")) {
                conv.setString(1, id);
                conv.setString(2, now);
                conv.setString(3, now);
                conv.setString(4, question.length() > 60 ? question.substring(0, 60) + "…" : question);
                conv.setString(5, caller.channel());
                conv.setString(6, caller.owner());
                conv.executeUpdate();
                msg.setString(1, id);
                msg.setString(2, "user");
                msg.setString(3, question);
                msg.setString(4, null);
                msg.setString(5, now);
                msg.addBatch();
                msg.setString(1, id);
                msg.setString(2, "assistant");
                msg.setString(3, answer);
                msg.setString(4, payload);
                msg.setString(5, now);
                msg.addBatch();
                msg.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("storing a turn of conversation " + id, e);
        }
    }

    /** Feedback on one answer, with the question and answer it was about. */
    public record Feedback(String conversationId, int turn, String question, String answer, String rating, String comment,
                           String createdAt) {
    }

    /**
     * Records feedback on the {@code turn}-th answer (from 0) of a conversation, keeping the question and answer with
     * it so that it can become an evaluation question. One row per conversation, turn and owner: rating again updates it.
     *
     * @param owner the browser rating (null for a caller without one)
     * @return false when the conversation has no such turn
     */
    public synchronized boolean addFeedback(String id, int turn, String owner, String rating, String comment) {
        List<Message> all = messages(id);
        int index = 2 * turn;
        if (index + 1 >= all.size()) return false;
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO feedback (conversation_id, turn, question, answer, rating, comment, created_at, owner) VALUES (?,?,?,?,?,?,?,?)
                ON CONFLICT(conversation_id, turn, owner) DO UPDATE SET rating = excluded.rating, comment = excluded.comment,
                  created_at = excluded.created_at""")) {
            ps.setString(1, id);
            ps.setInt(2, turn);
            ps.setString(3, all.get(index).content());
            ps.setString(4, all.get(index + 1).content());
            ps.setString(5, rating);
            ps.setString(6, comment);
            ps.setString(7, Instant.now().toString());
            ps.setString(8, owner == null ? "" : owner);
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            throw failure("storing feedback on conversation " + id, e);
        }
    }

    public synchronized List<Feedback> feedback() {
        List<Feedback> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT conversation_id, turn, question, answer, rating, comment, created_at FROM feedback ORDER BY id")) {
            while (rs.next()) {
                out.add(new Feedback(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
            }
        } catch (SQLException e) {
            throw failure("reading feedback", e);
        }
        return out;
    }

    /** Whether a write goes through now: checked at start, so that a read-only file is reported before users find it. */
    public synchronized void checkWritable() {
        try (Statement st = connection.createStatement()) {
            connection.setAutoCommit(false);
            st.execute("CREATE TABLE IF NOT EXISTS write_check (x INTEGER)");
            st.execute("INSERT INTO write_check VALUES (1)");
            connection.rollback();
        } catch (SQLException e) {
            throw failure("writing", e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the write check failed already
            }
        }
    }

    private ConversationException failure(String what, SQLException e) {
        return new ConversationException(what + " in " + file + " failed: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing: nothing left to protect
        }
    }
}
