package vn.dxoutreach.exchange.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dxoutreach.store.ExchangeStateRepository.ReceivedPackage;

/**
 * When each unit's data became current through a given day: the first arrival of a package from
 * it made on or after that day. A package carries every change since the one before it, so it
 * leaves the receiving office current through the day it was made — an empty month is reported
 * too, and a month skipped is brought, late, by the next package; a package made before the day
 * brings only part of it and does not count.
 *
 * <p>Built once per screen: each unit's packages sorted by the day they were made, with the
 * earliest arrival among those made on or after each, so that every unit and month of a province
 * over years is answered by a binary search rather than by reading every package again.
 */
final class Arrivals {

    /** One unit's packages by the day they were made, and the earliest arrival from each on. */
    private record Sent(LocalDate[] made, LocalDate[] firstArrivalFrom) {
    }

    private final Map<UUID, Sent> byUnit = new HashMap<>();

    Arrivals(List<ReceivedPackage> received, ZoneId zone) {
        Map<UUID, List<LocalDate[]>> grouped = new HashMap<>();
        for (ReceivedPackage p : received) {
            grouped.computeIfAbsent(p.senderUnit(), u -> new ArrayList<>())
                    .add(new LocalDate[] {day(p.createdAt(), zone), day(p.receivedAt(), zone)});
        }
        grouped.forEach((unit, packages) -> {
            packages.sort(Comparator.comparing(p -> p[0]));
            LocalDate[] made = new LocalDate[packages.size()];
            LocalDate[] earliest = new LocalDate[packages.size()];
            LocalDate first = null;
            for (int i = packages.size() - 1; i >= 0; i--) {
                made[i] = packages.get(i)[0];
                LocalDate arrived = packages.get(i)[1];
                first = first == null || arrived.isBefore(first) ? arrived : first;
                earliest[i] = first;
            }
            byUnit.put(unit, new Sent(made, earliest));
        });
    }

    /** The first day a package from the unit made on or after {@code through} arrived; null if none has. */
    LocalDate currentThrough(UUID unit, LocalDate through) {
        Sent sent = byUnit.get(unit);
        if (sent == null) {
            return null;
        }
        int at = Arrays.binarySearch(sent.made(), through);
        if (at < 0) {
            at = -at - 1;
        } else {
            while (at > 0 && sent.made()[at - 1].equals(through)) {
                at--;
            }
        }
        return at < sent.made().length ? sent.firstArrivalFrom()[at] : null;
    }

    private static LocalDate day(long epochMillis, ZoneId zone) {
        return Instant.ofEpochMilli(epochMillis).atZone(zone).toLocalDate();
    }
}
