package vn.dxoutreach.sample;

import java.util.List;
import java.util.Random;

/** The draws every kind of sample record makes from its random source. */
final class SampleDraw {

    private SampleDraw() {
    }

    /** A whole number of events with the given mean: its integer part, plus one by chance for the rest. */
    static int occurrences(Random random, double mean) {
        int whole = (int) mean;
        return whole + (random.nextDouble() < mean - whole ? 1 : 0);
    }

    static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Each unit's records are entered by one (fictional) officer; chosen without the random source. */
    static String recorder(List<String> recorders, vn.dxoutreach.domain.Unit unit) {
        return recorders.get(Math.floorMod(unit.code().hashCode(), recorders.size()));
    }
}
