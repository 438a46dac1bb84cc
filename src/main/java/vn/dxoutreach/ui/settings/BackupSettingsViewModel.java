package vn.dxoutreach.ui.settings;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.dxoutreach.store.AutomaticBackup;
import vn.dxoutreach.store.BackupService;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * Cài đặt's automatic backups (decision 0018): how many are kept, the size they may take together,
 * where they are, and what they take now. Both limits are read by each backup when it prunes, so a
 * change holds from the next backup on.
 */
final class BackupSettingsViewModel {

    /** Less than this holds hardly one backup of a commune's data: the newest is kept whatever the budget. */
    static final long MIN_BUDGET_MB = 100;
    /** One tebibyte: more is a typing slip, not a laptop's disk. */
    static final long MAX_BUDGET_MB = 1L << 20;
    private static final long MB_PER_GB = 1024;
    /** The automatic backups' names, as {@link AutomaticBackup} writes them. */

    /** The units a budget is typed in. */
    enum SizeUnit {
        MB(1), GB(MB_PER_GB);

        final long megabytes;

        SizeUnit(long megabytes) {
            this.megabytes = megabytes;
        }
    }

    /** The stored limits, and what the backups take now; read together off the FX thread. */
    record Shown(int kept, long budgetMb, Path folder, int copies, long bytes, Optional<LocalDateTime> last) {
    }

    /** A budget as the field shows it: whole gigabytes in GB, anything else in MB. */
    record Typed(String amount, SizeUnit unit) {

        static Typed of(long megabytes) {
            return megabytes % MB_PER_GB == 0 ? new Typed(Formats.number(megabytes / MB_PER_GB), SizeUnit.GB)
                    : new Typed(Formats.number(megabytes), SizeUnit.MB);
        }
    }

    private final Store store;
    private final Messages messages;

    BackupSettingsViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** Store and disk work, for the task runner. */
    Shown load() throws IOException {
        Path folder = store.folder().backups();
        List<Path> backups = AutomaticBackup.backups(store.folder());
        long bytes = AutomaticBackup.bytesTaken(store.folder());
        Optional<LocalDateTime> last = Optional.empty();
        if (!backups.isEmpty()) {
            last = Optional.of(LocalDateTime.ofInstant(Files.getLastModifiedTime(backups.get(0)).toInstant(),
                    ZoneId.systemDefault()));
        }
        return new Shown(BackupService.kept(store), AutomaticBackup.budgetBytes(store) >> 20, folder,
                backups.size(), bytes, last);
    }

    /** The budget typed, in megabytes; empty when it is no number or out of range. */
    Optional<Long> megabytes(String text, SizeUnit unit) {
        Optional<BigDecimal> amount = amount(text);
        if (amount.isEmpty() || unit == null) {
            return Optional.empty();
        }
        long mb = amount.get().multiply(BigDecimal.valueOf(unit.megabytes)).setScale(0, RoundingMode.HALF_UP)
                .min(BigDecimal.valueOf(MAX_BUDGET_MB + 1)).longValue();
        return mb < MIN_BUDGET_MB || mb > MAX_BUDGET_MB ? Optional.empty() : Optional.of(mb);
    }

    /** What is wrong with a typed budget, in words; empty when it can be stored. */
    Optional<String> problem(String text, SizeUnit unit) {
        return megabytes(text, unit).isPresent() ? Optional.empty()
                : Optional.of(messages.get("settings.backup.budget.error", Formats.number(MIN_BUDGET_MB),
                        Formats.number(MAX_BUDGET_MB / MB_PER_GB)));
    }

    /** Stores the budget; store work. The next backup prunes to it. */
    void saveBudget(long megabytes) {
        store.settings.put(AutomaticBackup.BUDGET_SETTING, String.valueOf(megabytes));
    }

    /** Stores how many automatic backups are kept; store work. */
    void saveKept(int count) {
        store.settings.put(BackupService.KEEP_SETTING, String.valueOf(count));
    }

    /** The backup folder, made if no backup has been taken yet, so that it can be opened. */
    Path readyFolder() throws IOException {
        return Files.createDirectories(store.folder().backups());
    }

    /** What the backups take now and when the last one was taken, in words. */
    String usage(Shown shown) {
        return shown.last().map(last -> messages.get("settings.backup.usage", shown.copies(), size(shown.bytes()),
                Formats.date(last.toLocalDate()), String.format("%02d:%02d", last.getHour(), last.getMinute())))
                .orElse(messages.get("settings.backup.usage.none"));
    }

    /** A size as "350 MB" or "1,2 GB". */
    static String size(long bytes) {
        double mb = bytes / (double) (1 << 20);
        return mb >= MB_PER_GB ? Formats.decimal(mb / MB_PER_GB, 1) + " GB"
                : Formats.decimal(mb, mb < 10 ? 1 : 0) + " MB";
    }

    /**
     * A number as an office types it: "2", "1,5" or "1.5", "1.024" (Vietnamese grouping) or "1 024".
     */
    static Optional<BigDecimal> amount(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.strip().replace(" ", "").replace("\u00a0", "");
        if (plain.matches("\\d{1,3}(\\.\\d{3})+")) {
            plain = plain.replace(".", "");
        }
        plain = plain.replace(',', '.');
        if (!plain.matches("\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }
}
