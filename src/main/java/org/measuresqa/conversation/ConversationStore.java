package org.measuresqa.conversation;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.measuresqa.storage.Database;
import org.measuresqa.storage.DatabaseException;
import org.measuresqa.storage.SqliteDatabase;
import org.measuresqa.storage.Timestamps;

/**
 * Conversations, their messages and feedback, in a {@link Database}: the index's SQLite file for one instance, or
 * PostgreSQL shared by several. A turn (the user's message and the answer) is written in one transaction, after the
 * answer is complete: nothing is stored half-way. The SQL is written once, in what both databases understand.
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

    private final Database db;
    private final boolean ownsDatabase;
    private final Clock clock = Clock.systemUTC();

    private ConversationStore(Database db, boolean ownsDatabase) {
        this.db = Objects.requireNonNull(db, "db");
        this.ownsDatabase = ownsDatabase;
    }

    /** The conversations in an SQLite file of their own (created when missing); closing the store closes the file. */
    public static ConversationStore open(Path file) {
        try {
            return new ConversationStore(SqliteDatabase.open(file), true);
        } catch (DatabaseException e) {
            throw new ConversationException(e.getMessage(), e);
        }
    }

    /** Opens a prepared file read-only (to inspect a live file; to a writer it is what a read-only mount is). */
    public static ConversationStore openReadOnly(Path file) {
        try {
            return new ConversationStore(SqliteDatabase.openReadOnly(file), true);
        } catch (DatabaseException e) {
            throw new ConversationException(e.getMessage(), e);
        }
    }

    /** The conversations in a database the caller opened and will close. */
    public static ConversationStore on(Database db) {
        return new ConversationStore(db, false);
    }

    /** Which database holds them, for {@code /health}: {@code sqlite} or {@code postgresql}. */
    public String kind() {
        return db.kind();
    }

    /** Whether the database answers now. */
    public boolean reachable() {
        return db.reachable();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public boolean exists(String id) {
        return origin(id).isPresent();
    }

    /** Who started the conversation; empty when there is none with this id. */
    public Optional<Origin> origin(String id) {
        return read("looking up conversation " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT channel, owner FROM conversations WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Origin(rs.getString(1), rs.getString(2))) : Optional.empty();
                }
            }
        });
    }

    /** The user's earlier messages, oldest first, at most {@code limit} of the latest. */
    public List<String> userTurns(String id, int limit) {
        return read("reading conversation " + id, c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT content FROM (SELECT id, content FROM messages WHERE conversation_id = ? AND role = 'user'
                    ORDER BY id DESC LIMIT ?) latest ORDER BY id""")) {
                ps.setString(1, id);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    public List<Message> messages(String id) {
        return read("reading conversation " + id, c -> {
            List<Message> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT role, content, payload, created_at FROM messages WHERE conversation_id = ? ORDER BY id")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new Message(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return out;
        });
    }

    /** The web conversations of one browser, latest first; none for a caller without an owner. */
    public List<Summary> recent(String owner, int limit) {
        if (owner == null) return List.of();
        return read("listing conversations", c -> {
            List<Summary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT c.id, c.title, c.updated_at,
                      (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id AND m.role = 'user')
                    FROM conversations c WHERE c.owner = ? AND c.channel = 'web'
                    ORDER BY c.updated_at DESC, c.created_at DESC, c.id LIMIT ?""")) {
                ps.setString(1, owner);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new Summary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
            return out;
        });
    }

    /** Stores one complete turn, creating the conversation (with the caller as its origin) on its first turn. */
    public void appendTurn(String id, Caller caller, String question, String answer, String payload) {
        String now = Timestamps.now(clock);
        try {
            db.inTransaction(c -> {
                try (PreparedStatement conv = c.prepareStatement(
                        "INSERT INTO conversations (id, created_at, updated_at, title, channel, owner) VALUES (?, ?, ?, ?, ?, ?) "
                                + "ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at");
                     PreparedStatement msg = c.prepareStatement(
                             "INSERT INTO messages (conversation_id, role, content, payload, created_at) VALUES (?, ?, ?, ?, ?)")) {
                    conv.setString(1, id);
                    conv.setString(2, now);
                    conv.setString(3, now);
                    conv.setString(4, question.length() > 60 ? question.substring(0, 60) + "…" : question);
                    conv.setString(5, caller.channel());
                    conv.setString(6, caller.owner());
                    conv.executeUpdate();
                    addMessage(msg, id, "user", question, null, now);
                    addMessage(msg, id, "assistant", answer, payload, now);
                    msg.executeBatch();
                }
                return null;
            });
        } catch (SQLException e) {
            throw failure("storing a turn of conversation " + id, e);
        }
    }

    private static void addMessage(PreparedStatement msg, String id, String role, String content, String payload, String now)
            throws SQLException {
        msg.setString(1, id);
        msg.setString(2, role);
        msg.setString(3, content);
        msg.setString(4, payload);
        msg.setString(5, now);
        msg.addBatch();
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
    public boolean addFeedback(String id, int turn, String owner, String rating, String comment) {
        List<Message> all = messages(id);
        int index = 2 * turn;
        if (index + 1 >= all.size()) return false;
        try {
            db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO feedback (conversation_id, turn, question, answer, rating, comment, created_at, owner)
                        VALUES (?,?,?,?,?,?,?,?)
                        ON CONFLICT (conversation_id, turn, owner) DO UPDATE SET rating = excluded.rating,
                          comment = excluded.comment, created_at = excluded.created_at""")) {
                    ps.setString(1, id);
                    ps.setInt(2, turn);
                    ps.setString(3, all.get(index).content());
                    ps.setString(4, all.get(index + 1).content());
                    ps.setString(5, rating);
                    ps.setString(6, comment);
                    ps.setString(7, Timestamps.now(clock));
                    ps.setString(8, owner == null ? "" : owner);
                    return ps.executeUpdate();
                }
            });
            return true;
        } catch (SQLException e) {
            throw failure("storing feedback on conversation " + id, e);
        }
    }

    public List<Feedback> feedback() {
        return read("reading feedback", c -> {
            List<Feedback> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT conversation_id, turn, question, answer, rating, comment, created_at FROM feedback ORDER BY id")) {
                while (rs.next()) {
                    out.add(new Feedback(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7)));
                }
            }
            return out;
        });
    }

    /** Whether a write goes through now: checked at start, so that a read-only file is reported before users find it. */
    public void checkWritable() {
        try {
            db.checkWritable();
        } catch (SQLException e) {
            throw failure("writing", e);
        }
    }

    private <T> T read(String what, Database.Work<T> work) {
        try {
            return db.withConnection(work);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private ConversationException failure(String what, SQLException e) {
        return new ConversationException(what + " in " + db.where() + " failed: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        if (ownsDatabase) db.close();
    }
}
