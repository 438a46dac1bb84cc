package vn.dxoutreach.ui.shell;

import java.util.List;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.dxoutreach.ui.dashboard.DashboardView;
import vn.dxoutreach.ui.plans.PlansView;
import vn.dxoutreach.ui.settings.SettingsView;
import vn.dxoutreach.ui.units.UnitsView;

/** The screens of the left navigation, in order. */
public final class Screens {

    private Screens() {
    }

    public static List<Screen> all() {
        return List.of(
                new Screen("dashboard", "nav.dashboard", Material2OutlinedAL.DASHBOARD, DashboardView::new),
                // the activity screens go here: Phát thanh, Băng rôn – Khẩu hiệu, Tổ công nghệ số cộng đồng
                new Screen("plans", "nav.plans", Material2OutlinedAL.ASSIGNMENT, PlansView::new),
                new Screen("units", "nav.units", Material2OutlinedAL.ACCOUNT_TREE, UnitsView::new),
                // Báo cáo and Dữ liệu go here, before Cài đặt, which stays last
                new Screen("settings", "nav.settings", Material2OutlinedMZ.SETTINGS, SettingsView::new));
    }
}
