package vn.dxoutreach.ui.shell;

import java.util.List;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.dxoutreach.ui.banner.BannerDefinition;
import vn.dxoutreach.ui.broadcast.BroadcastDefinition;
import vn.dxoutreach.ui.dashboard.DashboardView;
import vn.dxoutreach.ui.session.TeamSessionDefinition;

/** The screens of the left navigation, in order. */
public final class Screens {

    private Screens() {
    }

    public static List<Screen> all() {
        return List.of(
                new Screen("dashboard", "nav.dashboard", Material2OutlinedAL.DASHBOARD, DashboardView::new),
                new Screen("broadcasts", "broadcast.nav", Material2OutlinedMZ.RADIO, BroadcastDefinition::screen),
                new Screen("banners", "banner.nav", Material2OutlinedAL.FLAG, BannerDefinition::screen),
                new Screen("sessions", "session.nav", Material2OutlinedMZ.PEOPLE, TeamSessionDefinition::screen));
    }
}
