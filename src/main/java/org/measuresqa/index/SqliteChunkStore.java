package org.measuresqa.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.measuresqa.corpus.Measure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index in one SQLite file: measures, chunks with float32 little-endian vector BLOBs, and an FTS5 table of
 * {@link LexicalTokens} terms for BM25. Vectors are also held in memory after the first search (see
 * {@link VectorIndex}); every write goes through one transaction.
 */
public final class SqliteChunkStore implements ChunkStore {

    /** Bump when the tables change; an older file is rebuilt (it holds only derived data), a newer one refused. */
    public static final int SCHEMA_VERSION = 2;
    static final String APPLICATION = "measures-qa";

    private static final Logger log = LoggerFactory.getLogger(SqliteChunkStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Connection connection;
    private VectorIndex vectorCache; // loaded lazily, dropped on every write

    private SqliteChunkStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens or creates the index file.
     *
     * @throws StoreException when the file is not SQLite, belongs to another application, or was written by a newer
     *                        version of this one
     */
    public static SqliteChunkStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the folder for the index file " + file + ": " + e.getMessage(), e);
        }
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new StoreException("Cannot open the index file " + file + ": " + e.getMessage(), e);
        }
        SqliteChunkStore store = new SqliteChunkStore(file, c);
        try {
            store.prepareSchema();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Tables the conversation store keeps in the same file: never the index's to drop, nor a sign of another program. */
    private static final List<String> CONVERSATION_TABLES = List.of("conversations", "messages", "feedback", "write_check",
            "bot_deliveries", "bot_places", "sqlite_sequence");

    private void prepareSchema() {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA busy_timeout = 5000");
            st.execute("PRAGMA journal_mode = WAL"); // readers never wait for the one writer
            boolean hasMeta;
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                List<String> tables = new ArrayList<>();
                while (rs.next()) tables.add(rs.getString(1));
                hasMeta = tables.contains("meta");
                boolean onlyConversations = CONVERSATION_TABLES.containsAll(tables);
                if (!hasMeta && !onlyConversations) throw foreign("it holds tables of another application");
            }
            boolean upgrade = false;
            if (hasMeta) {
                String app = readMeta("application");
                if (!APPLICATION.equals(app)) throw foreign("its application is " + app);
                int version = Integer.parseInt(readMeta("schema_version"));
                if (version > SCHEMA_VERSION) {
                    throw new StoreException("The index file " + file + " has schema version " + version
                            + ", newer than this program's " + SCHEMA_VERSION + "; use a newer build or delete the file");
                }
                if (version == SCHEMA_VERSION) return;
                log.info("Index file {} has schema version {}; rebuilding its index as version {} (conversations are kept)",
                        file, version, SCHEMA_VERSION);
                upgrade = true;
            }
            createSchema(st, upgrade);
        } catch (SQLException e) {
            throw new StoreException("The index file " + file + " cannot be read (" + e.getMessage()
                    + "); it is not an index of this program. Delete it or point STORE_PATH elsewhere.", e);
        }
    }

    private StoreException foreign(String why) {
        return new StoreException("The file " + file + " is not an index of this program (" + why
                + "); delete it or point STORE_PATH elsewhere");
    }

    /** Creates the index's tables, dropping an older version's first, in one transaction: a crash leaves either. */
    private void createSchema(Statement st, boolean dropOld) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            if (dropOld) dropAll(st);
            st.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            st.execute("""
                    CREATE TABLE measures (
                      number INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL, source TEXT NOT NULL,
                      scope TEXT NOT NULL, results TEXT NOT NULL, practices TEXT NOT NULL)""");
            st.execute("""
                    CREATE TABLE chunks (
                      id TEXT PRIMARY KEY, measure_number INTEGER NOT NULL, field TEXT NOT NULL,
                      ordinal INTEGER NOT NULL, text TEXT NOT NULL, embed_text TEXT NOT NULL,
                      hash TEXT NOT NULL, dimensions INTEGER NOT NULL, vector BLOB NOT NULL)""");
            st.execute("CREATE VIRTUAL TABLE chunk_terms USING fts5(terms, chunk_id UNINDEXED, tokenize = 'unicode61')");
            writeMeta("application", APPLICATION);
            writeMeta("schema_version", Integer.toString(SCHEMA_VERSION));
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    private static void dropAll(Statement st) throws SQLException {
        for (String table : List.of("chunk_terms", "chunks", "measures", "meta")) {
            st.execute("DROP TABLE IF EXISTS " + table);
        }
    }

    @Override
    public synchronized Map<String, String> chunkHashes() {
        Map<String, String> out = new HashMap<>();
        query("SELECT id, hash FROM chunks", rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    @Override
    public synchronized void apply(IndexUpdate update) {
        vectorCache = null;
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement delMeasures = connection.prepareStatement("DELETE FROM measures");
                 PreparedStatement insMeasure = connection.prepareStatement(
                         "INSERT INTO measures (number, name, category, source, scope, results, practices) VALUES (?,?,?,?,?,?,?)");
                 PreparedStatement delChunk = connection.prepareStatement("DELETE FROM chunks WHERE id = ?");
                 PreparedStatement delTerms = connection.prepareStatement("DELETE FROM chunk_terms WHERE chunk_id = ?");
                 PreparedStatement insChunk = connection.prepareStatement("""
                         INSERT OR REPLACE INTO chunks (id, measure_number, field, ordinal, text, embed_text, hash, dimensions, vector)
                         VALUES (?,?,?,?,?,?,?,?,?)""");
                 PreparedStatement insTerms = connection.prepareStatement(
                         "INSERT INTO chunk_terms (terms, chunk_id) VALUES (?, ?)")) {
                delMeasures.executeUpdate();
                for (Measure m : update.measures()) {
                    insMeasure.setInt(1, m.number());
                    insMeasure.setString(2, m.name());
                    insMeasure.setString(3, m.category());
                    insMeasure.setString(4, m.source());
                    insMeasure.setString(5, m.scope());
                    insMeasure.setString(6, m.results());
                    insMeasure.setString(7, JSON.writeValueAsString(m.practices()));
                    insMeasure.addBatch();
                }
                insMeasure.executeBatch();
                for (String id : update.deletions()) {
                    delChunk.setString(1, id);
                    delChunk.executeUpdate();
                    delTerms.setString(1, id);
                    delTerms.executeUpdate();
                }
                for (IndexUpdate.EmbeddedChunk e : update.upserts()) {
                    Chunk c = e.chunk();
                    if (e.vector().length == 0) throw new IllegalArgumentException("chunk " + c.id() + " has an empty vector");
                    insChunk.setString(1, c.id());
                    insChunk.setInt(2, c.measureNumber());
                    insChunk.setString(3, c.field().name());
                    insChunk.setInt(4, c.ordinal());
                    insChunk.setString(5, c.text());
                    insChunk.setString(6, c.embedText());
                    insChunk.setString(7, e.hash());
                    insChunk.setInt(8, e.vector().length);
                    insChunk.setBytes(9, toBytes(e.vector()));
                    insChunk.addBatch();
                    delTerms.setString(1, c.id());
                    delTerms.executeUpdate();
                    if (!c.field().isPassage()) continue; // sentences are scored per measure, not searched
                    insTerms.setString(1, String.join(" ", LexicalTokens.tokens(c.embedText())));
                    insTerms.setString(2, c.id());
                    insTerms.addBatch();
                }
                insChunk.executeBatch();
                insTerms.executeBatch();
                for (Map.Entry<String, String> m : update.meta().entrySet()) writeMeta(m.getKey(), m.getValue());
                connection.commit();
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("Writing " + update.upserts().size() + " chunks to the index file " + file
                    + " failed and was rolled back: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<Measure> measures() {
        List<Measure> out = new ArrayList<>();
        query("SELECT number, name, category, practices, source, results, scope FROM measures ORDER BY number", rs -> {
            List<String> practices;
            try {
                practices = JSON.readValue(rs.getString(4), new TypeReference<List<String>>() { });
            } catch (JsonProcessingException e) {
                throw new StoreException("Measure " + rs.getInt(1) + " in " + file + " has unreadable practices; run `ingest --rebuild`", e);
            }
            out.add(new Measure(rs.getInt(1), rs.getString(2), rs.getString(3), practices,
                    rs.getString(5), rs.getString(6), rs.getString(7)));
        });
        return out;
    }

    @Override
    public synchronized List<Chunk> chunks() {
        List<Chunk> out = new ArrayList<>();
        query("SELECT id, measure_number, field, ordinal, text, embed_text FROM chunks", rs -> out.add(chunkOf(rs)));
        out.sort(StoreOrder.CHUNKS);
        return out;
    }

    @Override
    public synchronized List<ChunkHit> vectorSearch(float[] query, int k, Set<Integer> onlyMeasures) {
        return vectorIndex().search(query, k, onlyMeasures);
    }

    @Override
    public synchronized Map<String, float[]> vectors(ChunkField field) {
        return vectorIndex().vectors(field);
    }

    private VectorIndex vectorIndex() {
        if (vectorCache == null) {
            VectorIndex index = new VectorIndex();
            query("SELECT id, measure_number, field, ordinal, text, embed_text, vector FROM chunks",
                    rs -> index.put(chunkOf(rs), fromBytes(rs.getBytes(7))));
            vectorCache = index;
        }
        return vectorCache;
    }

    @Override
    public synchronized List<ChunkHit> fullTextSearch(List<String> terms, int k, Set<Integer> onlyMeasures) {
        if (terms.isEmpty() || k <= 0) return List.of();
        // Terms hold only letters and digits (LexicalTokens), so quoting each one is a safe FTS5 query.
        String match = terms.stream().distinct().map(t -> "\"" + t + "\"").collect(Collectors.joining(" OR "));
        String filter = onlyMeasures == null ? ""
                : onlyMeasures.isEmpty() ? " AND 0"
                : " AND c.measure_number IN (" + onlyMeasures.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        String sql = "SELECT c.id, c.measure_number, c.field, c.ordinal, c.text, c.embed_text, bm25(chunk_terms) AS s "
                + "FROM chunk_terms JOIN chunks c ON c.id = chunk_terms.chunk_id WHERE chunk_terms MATCH ?" + filter
                + " ORDER BY s, c.id LIMIT ?";
        List<ChunkHit> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, match);
            ps.setInt(2, k);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new ChunkHit(chunkOf(rs), -rs.getDouble(7)));
            }
        } catch (SQLException e) {
            throw new StoreException("Full-text search in " + file + " failed: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public synchronized int count() {
        int[] n = {0};
        query("SELECT count(*) FROM chunks", rs -> n[0] = rs.getInt(1));
        return n[0];
    }

    @Override
    public synchronized String meta(String key) {
        try {
            return readMeta(key);
        } catch (SQLException e) {
            throw new StoreException("Reading " + key + " from " + file + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void clear() {
        vectorCache = null;
        try (Statement st = connection.createStatement()) {
            connection.setAutoCommit(false);
            st.execute("DELETE FROM chunk_terms");
            st.execute("DELETE FROM chunks");
            st.execute("DELETE FROM measures");
            st.execute("DELETE FROM meta WHERE key NOT IN ('application', 'schema_version')");
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            throw new StoreException("Clearing the index file " + file + " failed: " + e.getMessage(), e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // connection is unusable anyway
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Closing the index file {} failed: {}", file, e.getMessage());
        }
    }

    private String readMeta(String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void writeMeta(String key, String value) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowConsumer consumer) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) consumer.accept(rs);
        } catch (SQLException e) {
            throw new StoreException("Reading the index file " + file + " failed (" + e.getMessage()
                    + "); run `ingest --rebuild` to recreate it", e);
        }
    }

    private static Chunk chunkOf(ResultSet rs) throws SQLException {
        return new Chunk(rs.getString(1), rs.getInt(2), ChunkField.valueOf(rs.getString(3)), rs.getInt(4),
                rs.getString(5), rs.getString(6));
    }

    static byte[] toBytes(float[] v) {
        ByteBuffer buf = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) buf.putFloat(x);
        return buf.array();
    }

    static float[] fromBytes(byte[] bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < v.length; i++) v[i] = buf.getFloat();
        return v;
    }
}
