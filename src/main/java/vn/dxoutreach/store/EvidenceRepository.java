package vn.dxoutreach.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Evidence;
import vn.dxoutreach.domain.RecordMeta;

/**
 * Evidence files attached to activities. The bytes are kept once per content under
 * {@code evidence/ab/abcdef…} in the data folder, named by their SHA-256, which the database records.
 */
public final class EvidenceRepository extends RecordRepository<Evidence> {

    private static final int CHUNK = 500;

    private final Path folder;

    public EvidenceRepository(Database db, Clock clock, Path folder) {
        super(db, clock);
        this.folder = folder;
    }

    @Override
    protected String table() {
        return "evidence";
    }

    @Override
    protected List<String> columns() {
        return List.of("record_id", "record_kind", "sha256", "file_name", "media_type", "size_bytes");
    }

    @Override
    protected List<Object> values(Evidence e) {
        return Arrays.asList(e.recordId(), e.recordKind(), e.sha256(), e.fileName(), e.mediaType(), e.sizeBytes());
    }

    @Override
    protected RecordMeta meta(Evidence record) {
        return record.meta();
    }

    @Override
    protected Evidence withMeta(Evidence e, RecordMeta meta) {
        return new Evidence(meta, e.recordId(), e.recordKind(), e.sha256(), e.fileName(), e.mediaType(),
                e.sizeBytes());
    }

    @Override
    protected Evidence map(ResultSet rs) throws SQLException {
        return new Evidence(Columns.meta(rs), Columns.uuid(rs, "record_id"),
                ActivityKind.valueOf(rs.getString("record_kind")), rs.getString("sha256"), rs.getString("file_name"),
                rs.getString("media_type"), rs.getLong("size_bytes"));
    }

    /** The folder holding the evidence files. */
    public Path folder() {
        return folder;
    }

    /** Copies a file into the evidence folder (once per content) and attaches it to a record. */
    public Evidence attach(Path source, UUID recordId, ActivityKind kind, UUID unitId) throws IOException {
        Path temp = Files.createTempFile(Files.createDirectories(folder), "incoming", ".tmp");
        String sha;
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha256())) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            sha = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
        Path target = pathOf(sha);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            Files.delete(temp);
        } else {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        String mediaType = Files.probeContentType(source);
        Evidence evidence = new Evidence(RecordMeta.fresh(unitId, clock.instant()), recordId, kind, sha,
                source.getFileName().toString(), mediaType == null ? guessMediaType(source) : mediaType,
                Files.size(target));
        return save(evidence);
    }

    /** Where the file with this hash lives. */
    public Path pathOf(String sha256) {
        return folder.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** The live evidence of a record. */
    public List<Evidence> ofRecord(UUID recordId) {
        return query("SELECT * FROM evidence WHERE deleted = 0 AND record_id = ? ORDER BY created_at", recordId);
    }

    /** The live evidence of many records, by record id (the ids are asked in chunks: SQLite caps parameters). */
    public Map<UUID, List<Evidence>> ofRecords(Collection<UUID> recordIds) {
        Map<UUID, List<Evidence>> byRecord = new HashMap<>();
        List<UUID> ids = List.copyOf(recordIds);
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            for (Evidence e : query("SELECT * FROM evidence WHERE deleted = 0 AND record_id IN (" + marks
                    + ") ORDER BY created_at", chunk.toArray())) {
                byRecord.computeIfAbsent(e.recordId(), id -> new ArrayList<>()).add(e);
            }
        }
        return byRecord;
    }

    static String guessMediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        } else if (name.endsWith(".png")) {
            return "image/png";
        } else if (name.endsWith(".mp3")) {
            return "audio/mpeg";
        } else if (name.endsWith(".wav")) {
            return "audio/wav";
        } else if (name.endsWith(".pdf")) {
            return "application/pdf";
        } else if (name.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        return "application/octet-stream";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
