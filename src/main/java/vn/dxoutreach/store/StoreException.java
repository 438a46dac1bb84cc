package vn.dxoutreach.store;

/** A failure of the local database; the message is technical and goes to the log. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
