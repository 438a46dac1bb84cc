package vn.dxoutreach.report;

import java.time.LocalDate;
import vn.dxoutreach.text.Messages;

/** The place-and-date line of an administrative document: "An Hòa, ngày 15 tháng 6 năm 2024". */
record LocalDateLine(Messages messages) {

    String of(String place, LocalDate day) {
        return messages.get("document.dateLine", place, String.valueOf(day.getDayOfMonth()),
                String.valueOf(day.getMonthValue()), String.valueOf(day.getYear()));
    }
}
