package vn.dxoutreach.exchange.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.dxoutreach.exchange.Progress;
import vn.dxoutreach.exchange.template.Template;

/**
 * Opens whatever file the user dropped: an xlsx workbook (its template sheets) or one CSV file
 * named after its sheet. Everything else — a PDF, an old .xls, a password-protected or damaged
 * workbook, a zip bomb, text that is not UTF-8 — ends in an {@link UnreadableFileException}
 * carrying a message for the user, never in a crash.
 */
public final class SpreadsheetFiles {

    /** A sheet's XML may inflate at most 100× (a zip bomb inflates thousands of times). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of an honest import workbook is larger than this once inflated. */
    static final long MAX_ENTRY_BYTES = 1024L * 1024 * 1024;

    static {
        // set explicitly rather than trusting library defaults that a future version may relax
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private SpreadsheetFiles() {
    }

    /** The template sheets of the file, in file order. */
    public static List<RawSheet> read(Path file, Progress progress) throws UnreadableFileException {
        String fileName = file.getFileName().toString();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UnreadableFileException("data.file.missing", null, fileName);
        }
        try {
            FileMagic magic;
            try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
                magic = FileMagic.valueOf(in);
            }
            return switch (magic) {
                case OOXML -> readWorkbook(file, progress);
                case OLE2 -> throw oleFile(file);
                default -> readCsv(file, progress);
            };
        } catch (UnreadableFileException | Progress.Cancelled e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(isZipBomb(e) ? "data.file.zipBomb" : "data.file.corrupt", e, fileName);
        } catch (Exception e) {
            throw new UnreadableFileException("data.file.corrupt", e, fileName);
        }
    }

    private static List<RawSheet> readWorkbook(Path file, Progress progress) throws Exception {
        List<RawSheet> sheets = XlsxReader.read(file, name -> Template.get().sheetNamed(name).isPresent(), progress);
        if (sheets.isEmpty()) {
            throw new UnreadableFileException("data.file.noKnownSheet", null, file.getFileName().toString());
        }
        return sheets;
    }

    private static List<RawSheet> readCsv(Path file, Progress progress) throws Exception {
        String fileName = file.getFileName().toString();
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".txt")) {
            throw new UnreadableFileException("data.file.notSpreadsheet", null, fileName);
        }
        String base = fileName.substring(0, fileName.lastIndexOf('.'));
        var spec = Template.get().sheetNamed(base)
                .orElseThrow(() -> new UnreadableFileException("data.file.unknownCsvName", null, fileName));
        return List.of(CsvReader.read(file, spec.name(), progress));
    }

    /** An OLE2 file is either an encrypted xlsx (Excel wraps those in OLE2) or an old .xls. */
    private static UnreadableFileException oleFile(Path file) {
        String fileName = file.getFileName().toString();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || fs.getRoot().hasEntry("EncryptionInfo")) {
                return new UnreadableFileException("data.file.encrypted", null, fileName);
            }
            return new UnreadableFileException("data.file.oldXls", null, fileName);
        } catch (IOException | RuntimeException e) {
            return new UnreadableFileException("data.file.corrupt", e, fileName);
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("max entry size")
                    || message.contains("MaxEntrySize")) {
                return true;
            }
        }
        return false;
    }
}
