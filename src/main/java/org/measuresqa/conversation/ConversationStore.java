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
import java.util.List;
import java.util.UUID;
import org.measuresqa.index.StoreException;

/**
 * Conversations and their messages, in the index's SQLite file so that they survive restarts. A turn (the user's
 * message and the answer) is written in one transaction, after the answer is complete: nothing is stored half-way.
 */
public final class ConversationStore implements AutoCloseable {

    /** One stored message; {@code payload} is the answer's JSON for assistant messages, null for the user's. */
    public record Message(String role, String content, String payload, String createdAt) {
    }

    /** A conversation as listed: its id, its first question, when it last changed. */
    public record Summary(String id, String title, String updatedAt, int turns) {
    }

    private final Path file;
    private final Connection connection;

    private ConversationStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static ConversationStore open(Path file) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 5000");
                st.execute("""
                        CREATE TABLE IF NOT EXISTS conversations (
                          id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, title TEXT NOT NULL)""");
                st.execute("""
                        CREATE TABLE IF NOT EXISTS messages (
                          id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL REFERENCES conversations(id),
                          role TEXT NOT NULL, content TEXT NOT NULL, payload TEXT, created_at TEXT NOT NULL)""");
                st.execute("CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages (conversation_id, id)");
                st.execute("""
                        CREATE TABLE IF NOT EXISTS feedback (
                          id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL, turn INTEGER NOT NULL,
                          question TEXT NOT NULL, answer TEXT NOT NULL, rating TEXT NOT NULL, comment TEXT, created_at TEXT NOT NULL)""");
            }
            return new ConversationStore(file, c);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the conversations in " + file + ": " + e.getMessage(), e);
        }
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public synchronized boolean exists(String id) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM conversations WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
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

    public synchronized List<Summary> recent(int limit) {
        List<Summary> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT c.id, c.title, c.updated_at, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id AND m.role = 'user')
                FROM conversations c ORDER BY c.updated_at DESC, c.rowid DESC LIMIT ?""")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Summary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
            }
        } catch (SQLException e) {
            throw failure("listing conversations", e);
        }
        return out;
    }

    /** Stores one complete turn, creating the conversation on its first turn. */
    public synchronized void appendTurn(String id, String question, String answer, String payload) {
        String now = Instant.now().toString();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement conv = connection.prepareStatement(
                    "INSERT INTO conversations (id, created_at, updated_at, title) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at");
                 PreparedStatement msg = connection.prepareStatement(
                         "INSERT INTO messages (conversation_id, role, content, payload, created_at) VALUES (?, ?, ?, ?, ?)")) {
                conv.setString(1, id);
                conv.setString(2, now);
                conv.setString(3, now);
                conv.setString(4, question.length() > 60 ? question.substring(0, 60) + "…" : question);
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
     * Records feedback on the {@code turn}-th answer (from 0) of a conversation, keeping the question and answer
     * with it so that it can become an evaluation question.
     *
     * @return false when the conversation has no such turn
     */
    public synchronized boolean addFeedback(String id, int turn, String rating, String comment) {
        List<Message> all = messages(id);
        int index = 2 * turn;
        if (index + 1 >= all.size()) return false;
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO feedback (conversation_id, turn, question, answer, rating, comment, created_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, id);
            ps.setInt(2, turn);
            ps.setString(3, all.get(index).content());
            ps.setString(4, all.get(index + 1).content());
            ps.setString(5, rating);
            ps.setString(6, comment);
            ps.setString(7, Instant.now().toString());
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

    private StoreException failure(String what, SQLException e) {
        return new StoreException(what + " in " + file + " failed: " + e.getMessage(), e);
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
