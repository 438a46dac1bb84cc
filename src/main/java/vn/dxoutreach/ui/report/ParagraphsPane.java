package vn.dxoutreach.ui.report;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Accordion;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import java.util.EnumMap;
import java.util.Map;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.report.compose.ChannelText;
import vn.dxoutreach.report.compose.SectionNotes;
import vn.dxoutreach.text.Messages;

/**
 * The user's own paragraphs of a report, titled and ordered as the report prints them. One is open
 * at a time, so that eight of them take little more room than one and the draft beside them stays in
 * sight; a title says when its paragraph is written.
 */
final class ParagraphsPane extends Accordion {

    /** Style class of the pane: its titles in the body's size, so that the sections' names fit. */
    static final String STYLE = "report-paragraphs";
    private static final int ROWS = 7;

    private final Messages messages;
    /** The notes under part I's sections, one per kind of activity, in the report's order. */
    private final Map<ActivityKind, TextArea> notes = new EnumMap<>(ActivityKind.class);
    private final TextArea assessment = new TextArea();
    private final TextArea directions = new TextArea();

    ParagraphsPane(Messages messages) {
        this.messages = messages;
        String note = messages.get("compose.note.prompt");
        ChannelText headings = new ChannelText(messages);
        for (ActivityKind kind : ActivityKind.values()) {
            TextArea area = new TextArea();
            notes.put(kind, area);
            getPanes().add(pane(headings.heading(kind), area, note));
        }
        getPanes().addAll(pane(messages.get("compose.h.assessment"), assessment,
                        messages.get("compose.assessment.placeholder")),
                pane(messages.get("compose.h.directions"), directions, messages.get("compose.directions.placeholder")));
        setExpandedPane(getPanes().get(0));
        setMinWidth(0);
        getStyleClass().add(STYLE);
    }

    /** What the user has written, as the screen shows it now. */
    ReportViewModel.Paragraphs paragraphs() {
        return new ReportViewModel.Paragraphs(assessment.getText(), directions.getText(),
                new SectionNotes(note(ActivityKind.BROADCAST), note(ActivityKind.BANNER), note(ActivityKind.TEAM_SESSION),
                        note(ActivityKind.NEWS), note(ActivityKind.EVENT), note(ActivityKind.MATERIAL)));
    }

    private String note(ActivityKind kind) {
        return notes.get(kind).getText();
    }

    /** Shows the paragraphs kept for a report. */
    void show(ReportViewModel.Paragraphs kept) {
        notes.forEach((kind, area) -> area.setText(kept.notes().of(kind)));
        assessment.setText(kept.assessment());
        directions.setText(kept.directions());
    }

    private TitledPane pane(String title, TextArea area, String prompt) {
        area.setWrapText(true);
        area.setPrefRowCount(ROWS);
        area.setPrefColumnCount(20);
        area.setPromptText(prompt);
        area.setAccessibleText(title);
        TitledPane pane = new TitledPane(title, area);
        // its title would otherwise set its least width; a long one ends in "…" and shows whole on hover
        pane.setMinWidth(0);
        pane.getStyleClass().add(Styles.DENSE);
        pane.setTooltip(new Tooltip(title));
        pane.textProperty().bind(Bindings.createStringBinding(() -> area.getText().isBlank() ? title
                : messages.get("compose.note.written", title), area.textProperty()));
        return pane;
    }
}
