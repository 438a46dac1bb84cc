package vn.dxoutreach.cli;

/**
 * A problem with what the user asked for (a plan that does not exist, a bad date, a refused file).
 * The command prints the message and exits with code {@link #EXIT_CODE}.
 */
public class UserError extends RuntimeException {

    public static final int EXIT_CODE = 2;

    public UserError(String message) {
        super(message);
    }
}
