package vn.dxoutreach.cli;

import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.Option;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * The options that choose a plan and a reporting period, the same for {@code report} and
 * {@code dossier}: {@code --plan P --type event|half-year|year|custom [--year Y] [--from D --to D]}.
 * Anything wrong becomes a {@link UserError} in the user's language.
 */
public final class ReportPeriodOptions {

    /** The report type and the period, first and last day included. */
    public record Period(ReportType type, LocalDate from, LocalDate to) {
    }

    @Option(names = "--plan", required = true, paramLabel = "SYMBOL", description = "Plan number and symbol.")
    String planSymbol;

    @Option(names = "--type", required = true, description = "event, half-year, year or custom.")
    String type;

    @Option(names = "--year", description = "The report's year (default: this year).")
    Integer year;

    @Option(names = "--from", description = "First day, yyyy-MM-dd or dd/MM/yyyy (custom reports).")
    String from;

    @Option(names = "--to", description = "Last day, yyyy-MM-dd or dd/MM/yyyy (custom reports).")
    String to;

    Period period(AppContext context) {
        Messages messages = context.messages();
        ReportType reportType = parseType(messages);
        int reportYear = year != null ? year : LocalDate.now(context.clock()).getYear();
        LocalDate first = from != null ? day(from, messages) : reportType.periodFrom(reportYear);
        LocalDate last = to != null ? day(to, messages) : reportType.periodTo(reportYear);
        if (last.isBefore(first)) {
            throw new UserError(messages.get("cli.report.badPeriod"));
        }
        return new Period(reportType, first, last);
    }

    Plan plan(Store store, Messages messages) {
        return store.plans.findBySymbol(planSymbol)
                .orElseThrow(() -> new UserError(messages.get("cli.progress.noPlan", planSymbol)));
    }

    private static LocalDate day(String text, Messages messages) {
        return Formats.parseDate(text).orElseThrow(() -> new UserError(messages.get("cli.report.badDate", text)));
    }

    private ReportType parseType(Messages messages) {
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "event" -> ReportType.EVENT;
            case "half-year" -> ReportType.HALF_YEAR;
            case "year" -> ReportType.YEAR;
            case "custom" -> {
                if (from == null || to == null) {
                    throw new UserError(messages.get("cli.report.customNeedsDates"));
                }
                yield ReportType.CUSTOM;
            }
            default -> throw new UserError(messages.get("cli.report.badType", type));
        };
    }
}
