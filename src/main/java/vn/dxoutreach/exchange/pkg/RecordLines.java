package vn.dxoutreach.exchange.pkg;

import vn.dxoutreach.domain.StoredRecord;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of one entry, read line by line from its unpacked file: no whole entry in memory, no
 * line longer than a record can be, and every line a record of the kind or the package is refused.
 */
final class RecordLines {

    /** Far more than any record with its longest texts; a longer line is no record. */
    static final int MAX_LINE_CHARS = 1024 * 1024;

    private RecordLines() {
    }

    static List<StoredRecord> read(PackageKind kind, Path file) throws IOException, PackageRefused {
        List<StoredRecord> records = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            StringBuilder line = new StringBuilder();
            int number = 1;
            int c;
            while ((c = in.read()) >= 0) {
                if (c != '\n') {
                    if (line.length() >= MAX_LINE_CHARS) {
                        throw new PackageRefused("exchange.refused.badRecord", kind.entry());
                    }
                    line.append((char) c);
                    continue;
                }
                add(kind, line, number++, records);
                line.setLength(0);
            }
            add(kind, line, number, records);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new PackageRefused("exchange.refused.badRecord", kind.entry());
        }
        return records;
    }

    private static void add(PackageKind kind, CharSequence line, int number, List<StoredRecord> records)
            throws PackageRefused {
        if (line.toString().isBlank()) {
            return;
        }
        StoredRecord record;
        try {
            record = RecordJson.read(kind, JsonParser.parseString(line.toString()).getAsJsonObject());
        } catch (RuntimeException e) {
            throw new PackageRefused("exchange.refused.badRecord", kind.entry());
        }
        records.add(InputCheck.of(record, kind.entry(), number));
    }
}
