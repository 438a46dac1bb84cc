package vn.dxoutreach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.exchange.template.TemplateWorkbook;

/** {@code template --out FILE.xlsx}: the import template, to send to the communes. */
@Command(name = "template", description = "Save the import template workbook.")
public final class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    AppContext context;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.xlsx")
    Path out;

    @Override
    public Integer call() throws Exception {
        TemplateWorkbook.write(out);
        context.out().println(context.messages().get("data.cli.template", out));
        return 0;
    }
}
