package vn.dxoutreach.ui.activity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Evidence;
import vn.dxoutreach.store.EvidenceRepository;

/** The evidence of the record a form shows: what the pane asks of the store, on the task runner. */
final class EvidenceViewModel {

    private final EvidenceRepository evidence;

    EvidenceViewModel(vn.dxoutreach.store.Store store) {
        this.evidence = store.evidence;
    }

    List<Evidence> ofRecord(UUID recordId) {
        return evidence.ofRecord(recordId);
    }

    void attach(List<Path> files, UUID recordId, ActivityKind kind, UUID unitId) throws IOException {
        for (Path file : files) {
            evidence.attach(file, recordId, kind, unitId);
        }
    }

    void remove(Evidence chosen) {
        evidence.delete(chosen.meta().id());
    }

    /** Where the file is kept in the data folder (a path, no store work). */
    Path pathOf(Evidence stored) {
        return evidence.pathOf(stored.sha256());
    }
}
