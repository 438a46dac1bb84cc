package vn.dxoutreach.report;

import java.time.LocalDate;
import vn.dxoutreach.text.Messages;

/**
 * The place-and-date line of an administrative document: "An Hòa, ngày 05 tháng 02 năm 2024".
 * Decree 30/2020 writes a day below 10 and the months 1 and 2 with a leading zero.
 */
public record LocalDateLine(Messages messages) {

    public String of(String place, LocalDate day) {
        String month = day.getMonthValue() <= 2 ? twoDigits(day.getMonthValue()) : String.valueOf(day.getMonthValue());
        // {4}, the month always in two digits, is for languages that write the date in figures (English)
        return messages.get("document.dateLine", place, twoDigits(day.getDayOfMonth()), month,
                String.valueOf(day.getYear()), twoDigits(day.getMonthValue()));
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }
}
