package vn.dxoutreach.store;

/**
 * Work reached the database after it was closed — the window closing, or a restore swapping the
 * file while a screen was still loading. The work is moot; nobody needs to be told.
 */
public final class StoreClosedException extends StoreException {

    public StoreClosedException() {
        super("The database is closed");
    }
}
