package vn.dxoutreach.store;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * What this office has exchanged with others: the version of each record last exchanged with each
 * peer (so that a record changed on one side can be told from one changed on both), the packages
 * sent and received, and the conflicts decided.
 */
public final class ExchangeStateRepository {

    /** A package this office received: who sent it, the period it covers, when it arrived. */
    public record ReceivedPackage(UUID id, UUID senderUnit, java.time.LocalDate periodFrom,
            java.time.LocalDate periodTo, long createdAt, long receivedAt, int records) {
    }

    /**
     * A conflict decided when a package arrived: both versions of the record as package JSON.
     *
     * @param kind the record kind as a package names it, e.g. {@code BROADCAST}
     */
    public record LoggedConflict(UUID id, UUID recordId, String kind, UUID peerUnit, String kept, String discarded,
            long decidedAt) {
    }

    private final Database db;

    public ExchangeStateRepository(Database db) {
        this.db = db;
    }

    /** The update time of a record when it was last exchanged with the peer; empty if never. */
    public OptionalLong syncedVersion(UUID recordId, UUID peer) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT updated_at FROM sync_state WHERE record_id = ? AND peer_unit = ?")) {
                ps.setString(1, recordId.toString());
                ps.setString(2, peer.toString());
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    /** Records that the peer now has these versions (record id → update time). */
    public void markSynced(Map<UUID, Long> versions, UUID peer) {
        db.write(c -> {
            db.noteChange(DataKind.EXCHANGE, null, null);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_state (record_id, peer_unit, updated_at)"
                    + " VALUES (?, ?, ?) ON CONFLICT (record_id, peer_unit) DO UPDATE SET updated_at = excluded.updated_at")) {
                for (var entry : versions.entrySet()) {
                    ps.setString(1, entry.getKey().toString());
                    ps.setString(2, peer.toString());
                    ps.setLong(3, entry.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The newest change already sent to the recipient, in epoch milliseconds. */
    public OptionalLong lastSentUpTo(UUID recipient) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT MAX(changes_up_to) FROM package_sent WHERE recipient = ?")) {
                ps.setString(1, recipient.toString());
                try (var rs = ps.executeQuery()) {
                    long value = rs.getLong(1);
                    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
                }
            }
        });
    }

    /** Whether this installation has ever sent or received a data package. */
    public boolean anyPackage() {
        return db.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT EXISTS (SELECT 1 FROM package_sent) OR EXISTS (SELECT 1 FROM package_received)")) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    public void recordSent(UUID packageId, UUID recipient, long sentAt, long changesUpTo, int records) {
        db.write(c -> {
            db.noteChange(DataKind.EXCHANGE, null, null);
            try (var ps = c.prepareStatement("INSERT INTO package_sent VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, packageId.toString());
                ps.setString(2, recipient.toString());
                ps.setLong(3, sentAt);
                ps.setLong(4, changesUpTo);
                ps.setInt(5, records);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Notes a received package; receiving the same package again keeps the first arrival. */
    public void recordReceived(ReceivedPackage p) {
        db.write(c -> {
            db.noteChange(DataKind.EXCHANGE, null, null);
            try (var ps = c.prepareStatement("INSERT OR IGNORE INTO package_received VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, p.id().toString());
                ps.setString(2, p.senderUnit().toString());
                Columns.set(ps, 3, p.periodFrom());
                Columns.set(ps, 4, p.periodTo());
                ps.setLong(5, p.createdAt());
                ps.setLong(6, p.receivedAt());
                ps.setInt(7, p.records());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every package received, oldest arrival first. */
    public List<ReceivedPackage> received() {
        return db.read(c -> {
            List<ReceivedPackage> result = new ArrayList<>();
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT * FROM package_received ORDER BY received_at")) {
                while (rs.next()) {
                    result.add(new ReceivedPackage(Columns.uuid(rs, "id"), Columns.uuid(rs, "sender_unit"),
                            Columns.date(rs, "period_from"), Columns.date(rs, "period_to"), rs.getLong("created_at"),
                            rs.getLong("received_at"), rs.getInt("records")));
                }
            }
            return result;
        });
    }

    /** Keeps the version a conflict discarded, so that nobody's work is lost without a trace. */
    public void logConflict(UUID recordId, String kind, UUID peer, String kept, String discarded, long decidedAt) {
        db.write(c -> {
            db.noteChange(DataKind.EXCHANGE, null, null);
            try (var ps = c.prepareStatement("INSERT INTO conflict_log VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, recordId.toString());
                ps.setString(3, kind);
                ps.setString(4, peer.toString());
                ps.setString(5, kept);
                ps.setString(6, discarded);
                ps.setLong(7, decidedAt);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every conflict logged, the latest decision first. */
    public List<LoggedConflict> conflicts() {
        return db.read(c -> {
            List<LoggedConflict> result = new ArrayList<>();
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT * FROM conflict_log ORDER BY decided_at DESC, rowid DESC")) {
                while (rs.next()) {
                    result.add(new LoggedConflict(Columns.uuid(rs, "id"), Columns.uuid(rs, "record_id"),
                            rs.getString("record_kind"), Columns.uuid(rs, "peer_unit"), rs.getString("kept"),
                            rs.getString("discarded"), rs.getLong("decided_at")));
                }
            }
            return result;
        });
    }

    /** Number of conflicts logged for a record. */
    public int conflictsOf(UUID recordId) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM conflict_log WHERE record_id = ?")) {
                ps.setString(1, recordId.toString());
                try (var rs = ps.executeQuery()) {
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Whether a package id has been received before. */
    public Optional<ReceivedPackage> receivedPackage(UUID id) {
        return received().stream().filter(p -> p.id().equals(id)).findFirst();
    }

}
