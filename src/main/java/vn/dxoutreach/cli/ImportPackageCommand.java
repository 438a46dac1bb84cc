package vn.dxoutreach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.exchange.pkg.ConflictChoices;
import vn.dxoutreach.exchange.pkg.ConflictPolicy;
import vn.dxoutreach.exchange.pkg.MergePreview;
import vn.dxoutreach.exchange.pkg.PackageMerger;
import vn.dxoutreach.exchange.pkg.PackageRefused;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;

/**
 * {@code import-package FILE [--yes] [--conflicts newer|mine|theirs]}: shows what a package would change
 * and, with --yes, merges it, keeping of each record changed on both sides the version the policy says.
 */
@Command(name = "import-package", description = "Preview, and with --yes merge, a data package (.dxo).")
public final class ImportPackageCommand implements Callable<Integer> {

    @ParentCommand
    AppContext context;

    @Parameters(paramLabel = "FILE", description = "The package file (.dxo).")
    Path file;

    @Option(names = "--yes", description = "Merge without asking (otherwise only the preview is printed).")
    boolean yes;

    @Option(names = "--conflicts", paramLabel = "newer|mine|theirs", defaultValue = "newer",
            converter = PolicyConverter.class,
            description = "Which version of a record changed on both sides to keep (default: the newer).")
    ConflictPolicy conflicts;

    @Override
    public Integer call() throws Exception {
        Messages messages = context.messages();
        try (ScratchFolder scratch = new ScratchFolder(); Store store = context.openStore();
                var writing = store.holdWrites()) {
            PackageMerger merger = new PackageMerger(store);
            MergePreview preview;
            try {
                preview = merger.preview(file, scratch.path());
            } catch (PackageRefused refused) {
                throw new UserError(messages.get(refused.key(), refused.args()));
            }
            context.out().println(messages.get("exchange.preview.from", preview.senderCode(), preview.senderName()));
            for (var kind : preview.changedCounts().entrySet()) {
                MergePreview.Counts c = kind.getValue();
                context.out().println(messages.get("exchange.preview.kind",
                        messages.get(MergePreview.kindLabelKey(kind.getKey())), c.added(), c.updated(), c.deleted(),
                        c.conflicts()));
            }
            MergePreview.Counts total = preview.total();
            context.out().println(messages.get("exchange.preview.total", total.added(), total.updated(),
                    total.deleted(), total.conflicts()));
            if (preview.changesNothing()) {
                // nothing to confirm; its arrival still counts for who has reported
                merger.apply(preview);
                context.out().println(messages.get("exchange.receive.nothingRecorded", preview.senderName()));
                return 0;
            }
            if (!yes) {
                context.out().println(messages.get("exchange.preview.askYes"));
                return 0;
            }
            merger.apply(preview, ConflictChoices.by(conflicts));
            context.out().println(messages.get("exchange.cli.merged"));
            return 0;
        }
    }

    /** Reads the policy in any letter case. */
    static final class PolicyConverter implements picocli.CommandLine.ITypeConverter<ConflictPolicy> {
        @Override
        public ConflictPolicy convert(String value) {
            return ConflictPolicy.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
