package vn.dxoutreach.exchange.pkg;

import vn.dxoutreach.domain.StoredRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A verified package: its manifest, its records by kind, and its evidence files unpacked to a temporary folder. */
record PackageContents(Manifest manifest, Map<PackageKind, List<StoredRecord>> records, Map<String, Path> evidenceFiles) {
}
