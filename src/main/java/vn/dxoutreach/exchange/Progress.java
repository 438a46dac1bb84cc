package vn.dxoutreach.exchange;

/**
 * Where long work reports how far it is and learns whether the user cancelled. The UI hands in
 * one bound to its progress bar and cancel button; the command line hands in {@link #NONE}.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Work done out of total; a negative total means "unknown". */
    void update(long done, long total);

    boolean isCancelled();

    /** Stops the work with {@link Cancelled} when the user asked to. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new Cancelled();
        }
    }

    /** The user cancelled; nothing was written. */
    final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("cancelled by the user");
        }
    }
}
