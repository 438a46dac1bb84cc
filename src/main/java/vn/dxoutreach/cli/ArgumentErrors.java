package vn.dxoutreach.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import vn.dxoutreach.text.Messages;

/**
 * Says in Vietnamese what is wrong with a command line: an unknown option or command, a missing
 * option or file, a value that does not read (with the allowed values when there is a list of them),
 * extra arguments. picocli's English detail goes to the log.
 */
public final class ArgumentErrors {

    private ArgumentErrors() {
    }

    /** The lines to print for a command line picocli could not read. */
    public static String describe(CommandLine.ParameterException e, Messages messages) {
        String problem;
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            problem = messages.get(unmatched.isUnknownOption() ? "cli.args.unknownOption" : "cli.args.unknown",
                    String.join(" ", unmatched.getUnmatched()));
        } else if (e instanceof CommandLine.MissingParameterException missing) {
            problem = messages.get("cli.args.missing",
                    missing.getMissing().stream().map(ArgumentErrors::name).collect(Collectors.joining(", ")));
        } else if (e instanceof CommandLine.OverwrittenOptionException) {
            problem = messages.get("cli.args.twice", e.getArgSpec() == null ? "" : name(e.getArgSpec()));
        } else if (e instanceof CommandLine.MaxValuesExceededException) {
            problem = messages.get("cli.args.tooMany");
        } else if (e.getArgSpec() != null && e.getValue() != null) {
            problem = badValue(e.getArgSpec(), e.getValue(), messages);
        } else {
            problem = messages.get("cli.args.other");
        }
        return messages.get("cli.badArguments", problem, e.getCommandLine().getCommandSpec().qualifiedName());
    }

    private static String badValue(ArgSpec spec, String value, Messages messages) {
        List<String> allowed = allowedValues(spec);
        if (!allowed.isEmpty()) {
            return messages.get("cli.args.choice", value, name(spec), String.join(", ", allowed));
        }
        Class<?> type = spec.type();
        if (type == java.time.LocalDate.class) {
            return messages.get("cli.args.badDate", value, name(spec));
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return messages.get("cli.args.badNumber", value, name(spec));
        }
        return messages.get("cli.args.badValue", value, name(spec));
    }

    /** The values an option takes when it is a list of names (an enum), in lower case as typed. */
    private static List<String> allowedValues(ArgSpec spec) {
        Class<?> type = spec.type();
        if (type != null && type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                    .toList();
        }
        return List.of();
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return option.longestName();
        }
        return spec instanceof PositionalParamSpec ? spec.paramLabel() : String.valueOf(spec);
    }
}
