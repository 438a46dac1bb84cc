package vn.dxoutreach.domain;

import java.util.UUID;

/**
 * A file proving an activity (tài liệu kiểm chứng): a photo, a recording or a document,
 * stored once by its SHA-256 in the data folder.
 */
public record Evidence(
        RecordMeta meta,
        UUID recordId,
        ActivityKind recordKind,
        String sha256,
        String fileName,
        String mediaType,
        long sizeBytes) implements StoredRecord {

    @Override
    public Evidence withMeta(RecordMeta newMeta) {
        return new Evidence(newMeta, recordId, recordKind, sha256, fileName, mediaType, sizeBytes);
    }

    public boolean isPhoto() {
        return mediaType != null && mediaType.startsWith("image/");
    }
}
