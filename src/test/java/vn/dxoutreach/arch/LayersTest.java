package vn.dxoutreach.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of STYLE.md, so that nobody has to remember them. */
@AnalyzeClasses(packages = "vn.dxoutreach", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    private static final DescribedPredicate<JavaClass> STORE_SERVICES = DescribedPredicate.describe(
            "classes of vn.dxoutreach.store other than value records",
            c -> c.getPackageName().startsWith("vn.dxoutreach.store") && !c.reflect().isRecord());

    @ArchTest
    static final ArchRule layersPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("Domain").definedBy("vn.dxoutreach.domain..", "vn.dxoutreach.text..")
            .layer("Store").definedBy("vn.dxoutreach.store..")
            .layer("Sample").definedBy("vn.dxoutreach.sample..")
            .layer("Progress").definedBy("vn.dxoutreach.progress..")
            .layer("Report").definedBy("vn.dxoutreach.report..")
            .layer("Exchange").definedBy("vn.dxoutreach.exchange..")
            .layer("Ui").definedBy("vn.dxoutreach.ui..")
            .layer("Cli").definedBy("vn.dxoutreach.cli..")
            .layer("App").definedBy("vn.dxoutreach.app..", "vn.dxoutreach")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Exchange").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
            // the sample district draws its evidence photos with report's Java2D (java.awt lives only there)
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Sample", "Exchange", "Ui", "Cli", "App")
            .whereLayer("Progress").mayOnlyBeAccessedByLayers("Report", "Exchange", "Ui", "Cli", "App")
            .whereLayer("Sample").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Sample", "Progress", "Report", "Exchange", "Ui", "Cli",
                    "App");

    @ArchTest
    static final ArchRule sqlOnlyInStore = noClasses().that().resideOutsideOfPackage("vn.dxoutreach.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..");

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses().that().resideOutsideOfPackage("vn.dxoutreach.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule chartsOnlyInReport = noClasses().that()
            .resideOutsideOfPackages("vn.dxoutreach.report..", "vn.dxoutreach.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..");

    /** The UI shows report-layer charts in a ChartViewer; building and drawing them stays in report. */
    @ArchTest
    static final ArchRule uiOnlyShowsCharts = noClasses().that().resideInAPackage("vn.dxoutreach.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree.chart.plot..", "org.jfree.data..",
                    "org.jfree.chart.renderer..");

    /**
     * Views only show: they reach the store through their view model, whose store work runs on the
     * task runner, never on the FX thread (docs/decisions/0010-one-threading-policy.md). The store's
     * value records (a received package's line) may be shown as they are.
     */
    @ArchTest
    static final ArchRule viewsNeverCallTheStore = noClasses().that().resideInAPackage("vn.dxoutreach.ui..")
            .and().haveNameMatching(".*\\.[^.$]*(View|Pane)$")
            .should().dependOnClassesThat(STORE_SERVICES)
            .orShould().callMethod(vn.dxoutreach.ui.UiContext.class, "office");

    @ArchTest
    static final ArchRule awtOnlyInReport = noClasses().that().resideOutsideOfPackage("vn.dxoutreach.report..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..");
}
