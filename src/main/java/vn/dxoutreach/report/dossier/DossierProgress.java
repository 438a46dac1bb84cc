package vn.dxoutreach.report.dossier;

/** How far building a dossier is: units gathered, then pages written. */
@FunctionalInterface
public interface DossierProgress {

    DossierProgress NONE = (stage, done, total) -> { };

    enum Stage {
        COLLECT,
        WRITE
    }

    void update(Stage stage, int done, int total);
}
