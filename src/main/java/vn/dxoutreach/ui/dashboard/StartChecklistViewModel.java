package vn.dxoutreach.ui.dashboard;

import java.util.EnumSet;
import java.util.Set;
import vn.dxoutreach.store.SettingsRepository;
import vn.dxoutreach.store.Store;

/**
 * The "Bắt đầu" checklist of Tổng quan after the office is set up on the welcome screen: the first plan,
 * the first record, the first data package. Each step ticks itself from the data; the list stays until
 * every step is done or the user hides it.
 */
public final class StartChecklistViewModel {

    static final String OPEN = "open";
    static final String DONE = "done";
    static final String DISMISSED = "dismissed";

    /** A step, and the screen of the navigation where it is done. */
    public enum Step {
        PLAN("plans"), RECORD("broadcasts"), PACKAGE("exchange");

        private final String screen;

        Step(String screen) {
            this.screen = screen;
        }

        /** The id of the screen in the navigation. */
        public String screen() {
            return screen;
        }
    }

    /** Whether the list is shown, and which steps are done. */
    public record State(boolean shown, Set<Step> done) {

        static final State HIDDEN = new State(false, Set.of());
    }

    private final Store store;

    public StartChecklistViewModel(Store store) {
        this.store = store;
    }

    /** Shows the checklist on Tổng quan from now on (the welcome's set-up calls this). */
    public static void open(Store store) {
        store.settings.put(SettingsRepository.START_CHECKLIST, OPEN);
    }

    /** Reads the steps from the data; once all are done the list is closed for good. Store work: off the FX thread. */
    public State read() {
        if (!OPEN.equals(store.settings.get(SettingsRepository.START_CHECKLIST).orElse(""))) {
            return State.HIDDEN;
        }
        Set<Step> done = EnumSet.noneOf(Step.class);
        if (store.plans.countLive() > 0) {
            done.add(Step.PLAN);
        }
        if (store.broadcasts.countLive() > 0 || store.banners.countLive() > 0 || store.sessions.countLive() > 0) {
            done.add(Step.RECORD);
        }
        if (store.exchange.anyPackage()) {
            done.add(Step.PACKAGE);
        }
        if (done.size() == Step.values().length) {
            store.settings.put(SettingsRepository.START_CHECKLIST, DONE);
            return State.HIDDEN;
        }
        return new State(true, Set.copyOf(done));
    }

    /** Hides the checklist for good. Store work: off the FX thread. */
    public void dismiss() {
        store.settings.put(SettingsRepository.START_CHECKLIST, DISMISSED);
    }
}
