package vn.dxoutreach.exchange.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dxoutreach.exchange.CsvFormulas;
import vn.dxoutreach.exchange.Progress;

/**
 * Reads one CSV file as one sheet: UTF-8 with or without BOM, comma or semicolon (whichever the
 * header line uses), double quotes around cells holding separators, quotes or line breaks.
 * Anything not valid UTF-8 is refused rather than guessed, so no name arrives garbled.
 */
final class CsvReader {

    /** Larger CSV files are refused: 100,000 rows are about 10 MB. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private CsvReader() {
    }

    static RawSheet read(Path file, String sheetName, Progress progress) throws Exception {
        if (Files.size(file) > MAX_BYTES) {
            throw new UnreadableFileException("data.file.tooLarge", null, file.getFileName().toString());
        }
        String text = decode(Files.readAllBytes(file), file);
        if (text.indexOf('\u0000') >= 0) {
            throw new UnreadableFileException("data.file.notSpreadsheet", null, file.getFileName().toString());
        }
        char separator = separatorOf(text);
        RowCollector collector = new RowCollector(sheetName, file.getFileName().toString(), progress);
        parse(text, separator, collector, sheetName);
        return collector.sheet();
    }

    static String decode(byte[] bytes, Path file) throws UnreadableFileException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("data.file.notUtf8", e, file.getFileName().toString());
        }
    }

    /** The separator of the first line: semicolon when it has more of them than commas outside quotes. */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static void parse(String text, char separator, RowCollector collector, String sheetName)
            throws UnreadableFileException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                end(collector, rowStart, cells, sheetName);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            end(collector, rowStart, cells, sheetName);
        }
    }

    private static void end(RowCollector collector, int line, List<String> cells, String sheetName)
            throws UnreadableFileException {
        cells.replaceAll(CsvFormulas::unguard);
        if (!collector.add(line, cells)) {
            throw new UnreadableFileException("data.file.tooManyRows", null, sheetName, RowCollector.MAX_ROWS);
        }
    }
}
