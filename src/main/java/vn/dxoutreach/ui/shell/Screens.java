package vn.dxoutreach.ui.shell;

import java.util.List;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import vn.dxoutreach.ui.dashboard.DashboardView;

/** The screens of the left navigation, in order. */
public final class Screens {

    private Screens() {
    }

    public static List<Screen> all() {
        return List.of(
                new Screen("dashboard", "nav.dashboard", Material2OutlinedAL.DASHBOARD, DashboardView::new));
    }
}
