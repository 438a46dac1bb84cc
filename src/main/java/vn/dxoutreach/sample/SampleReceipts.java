package vn.dxoutreach.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.ExchangeStateRepository.ReceivedPackage;
import vn.dxoutreach.store.Store;

/**
 * The data packages the sample district received from its communes since the sample begins, so that
 * Tình hình báo cáo has something to show: monthly ones, most on time, some late, a few never sent;
 * and most communes send the days of the National Digital Transformation Day campaign before its
 * report is due.
 */
final class SampleReceipts {

    private final Store store;
    private final Random random;

    SampleReceipts(Store store, Random random) {
        this.store = store;
        this.random = random;
    }

    void generate(List<Unit> communes, LocalDate from, LocalDate until) {
        YearMonth last = YearMonth.from(until).minusMonths(1);
        // one commune whose officer has been away: nothing sent for its last three months, so that the
        // sample shows what missing reports look like (a skipped month alone arrives with the next package)
        Unit silent = communes.isEmpty() ? null : communes.get(communes.size() / 3);
        YearMonth silentFrom = last.minusMonths(2);
        store.db().write(c -> {
            for (YearMonth month = YearMonth.from(from); !month.isAfter(last); month = month.plusMonths(1)) {
                for (Unit commune : communes) {
                    if (!commune.existsBetween(month.atDay(1), month.atEndOfMonth())
                            || commune.equals(silent) && !month.isBefore(silentFrom)) {
                        continue;
                    }
                    double draw = random.nextDouble();
                    // 80 % by the 5th of the next month, 12 % later in it, the rest never sent
                    LocalDate arrival = draw < 0.80 ? month.plusMonths(1).atDay(1 + random.nextInt(5))
                            : draw < 0.92 ? month.plusMonths(1).atDay(6 + random.nextInt(20)) : null;
                    receive(commune, month.atDay(1), month.atEndOfMonth(), arrival, until);
                    if (month.getMonthValue() == 10 && random.nextDouble() < 0.85) {
                        receive(commune, month.atDay(1), month.atDay(10), month.atDay(12 + random.nextInt(8)), until);
                    }
                }
            }
            return null;
        });
    }

    private void receive(Unit commune, LocalDate periodFrom, LocalDate periodTo, LocalDate arrival, LocalDate until) {
        if (arrival != null && !arrival.isAfter(until)) {
            long at = arrival.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
            store.exchange.recordReceived(new ReceivedPackage(UUID.randomUUID(), commune.id(), periodFrom, periodTo,
                    at, at, 0));
        }
    }
}
