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
 * {@code dossier}: {@code --plan P --type event|half-year|year|monthly|quarterly|custom [--year Y]
 * [--month M | --quarter Q] [--from D --to D]}. A monthly or quarterly report is the one of the month
 * or quarter given (default: the one whose report is due about now) of the year its figures end in.
 * Anything wrong becomes a {@link UserError} in the user's language.
 */
public final class ReportPeriodOptions {

    /** The report type and the period, first and last day included. */
    public record Period(ReportType type, LocalDate from, LocalDate to) {
    }

    @Option(names = "--plan", required = true, paramLabel = "SYMBOL", description = "Plan number and symbol.")
    String planSymbol;

    @Option(names = "--type", required = true, description = "event, half-year, year, monthly, quarterly or custom.")
    String type;

    @Option(names = "--month", description = "The month of a monthly report, 1-12 (15th of the month before to the 14th).")
    Integer month;

    @Option(names = "--quarter", description = "The quarter of a quarterly report, 1-4.")
    Integer quarter;

    @Option(names = "--year", description = "The report's year (default: this year).")
    Integer year;

    @Option(names = "--from", description = "First day, yyyy-MM-dd or dd/MM/yyyy (custom reports).")
    String from;

    @Option(names = "--to", description = "Last day, yyyy-MM-dd or dd/MM/yyyy (custom reports).")
    String to;

    Period period(AppContext context) {
        Messages messages = context.messages();
        ReportType reportType = parseType(messages);
        LocalDate today = LocalDate.now(context.clock());
        int reportYear = year != null ? year : today.getYear();
        int number = 1;
        if (reportType.isRecurring()) {
            ReportType.YearPeriod current = reportType.periodReportedAround(today);
            Integer given = reportType == ReportType.MONTHLY ? month : quarter;
            reportYear = year != null ? year : current.year();
            number = given != null ? given : current.number();
            if (number < 1 || number > reportType.periodsPerYear()) {
                throw new UserError(messages.get("cli.report.badNumber", number, reportType.periodsPerYear()));
            }
        }
        LocalDate first = from != null ? day(from, messages) : reportType.periodFrom(reportYear, number);
        LocalDate last = to != null ? day(to, messages) : reportType.periodTo(reportYear, number);
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
            case "monthly" -> ReportType.MONTHLY;
            case "quarterly" -> ReportType.QUARTERLY;
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
