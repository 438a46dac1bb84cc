package vn.dxoutreach.cli;

import java.io.PrintWriter;
import java.time.Clock;
import vn.dxoutreach.store.DataFolder;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;

/** What every command gets from the command line it was started with. */
public interface AppContext {

    DataFolder dataFolder();

    Clock clock();

    Messages messages();

    PrintWriter out();

    /** The application's version, written into data packages. */
    String appVersion();

    /** Opens the data folder's store; the caller closes it. */
    default Store openStore() {
        return Store.open(dataFolder(), clock());
    }
}
