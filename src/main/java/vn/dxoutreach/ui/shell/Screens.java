package vn.dxoutreach.ui.shell;

import java.util.List;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.dxoutreach.ui.banner.BannerDefinition;
import vn.dxoutreach.ui.broadcast.BroadcastDefinition;
import vn.dxoutreach.ui.dashboard.DashboardView;
import vn.dxoutreach.ui.data.DataView;
import vn.dxoutreach.ui.event.OutreachEventDefinition;
import vn.dxoutreach.ui.exchange.ExchangeView;
import vn.dxoutreach.ui.material.MaterialDefinition;
import vn.dxoutreach.ui.news.NewsItemDefinition;
import vn.dxoutreach.ui.plans.PlansView;
import vn.dxoutreach.ui.reporting.ReportingView;
import vn.dxoutreach.ui.report.ReportView;
import vn.dxoutreach.ui.session.TeamSessionDefinition;
import vn.dxoutreach.ui.settings.SettingsView;
import vn.dxoutreach.ui.units.UnitsView;

/** The screens of the left navigation, in order. */
public final class Screens {

    private Screens() {
    }

    public static List<Screen> all() {
        return List.of(
                new Screen("dashboard", "nav.dashboard", Material2OutlinedAL.DASHBOARD, DashboardView::new),
                new Screen("broadcasts", "broadcast.nav", Material2OutlinedMZ.RADIO, BroadcastDefinition::screen),
                new Screen("banners", "banner.nav", Material2OutlinedAL.FLAG, BannerDefinition::screen),
                new Screen("sessions", "session.nav", Material2OutlinedMZ.PEOPLE, TeamSessionDefinition::screen),
                new Screen("news", "news.nav", Material2OutlinedAL.ARTICLE, NewsItemDefinition::screen),
                new Screen("events", "event.nav", Material2OutlinedAL.EVENT, OutreachEventDefinition::screen),
                new Screen("materials", "material.nav", Material2OutlinedAL.LIBRARY_BOOKS, MaterialDefinition::screen),
                new Screen("plans", "nav.plans", Material2OutlinedAL.ASSIGNMENT, PlansView::new),
                new Screen("units", "nav.units", Material2OutlinedAL.ACCOUNT_TREE, UnitsView::new),
                new Screen("exchange", "exchange.nav", Material2OutlinedMZ.SYNC_ALT, ExchangeView::new),
                new Screen("reporting", "reporting.nav", Material2OutlinedAL.ASSIGNMENT_TURNED_IN, ReportingView::new),
                new Screen("report", "compose.nav", Material2OutlinedAL.DESCRIPTION, ReportView::new),
                new Screen("data", "data.nav", Material2OutlinedAL.BACKUP, DataView::new),
                // Cài đặt stays last
                new Screen("settings", "nav.settings", Material2OutlinedMZ.SETTINGS, SettingsView::new));
    }
}
