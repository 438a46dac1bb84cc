package vn.dxoutreach.store;

import java.io.ByteArrayOutputStream;

/**
 * One unit's whole-period totals of a kind, filter value and grain (V21 {@code period_snapshot}), as
 * the bytes kept in the database: a format byte, the number of columns, the number of periods, then
 * for each period in date order the days since the previous one's start (the first: since 1970) and
 * its amount in each column, every number a zig-zag varint. A unit of a province has some 150 weeks
 * with two to four amounts each: a few hundred bytes.
 */
final class PeriodSnapshot {

    private static final int FORMAT = 1;

    /** Where a decoded period goes: the epoch day its period starts on and its amounts, one per column. */
    interface Sink {
        void period(long epochDay, long[] amounts);
    }

    private PeriodSnapshot() {
    }

    /** Collects the periods of one unit, in date order, and gives their bytes. */
    static final class Writer {
        private final int columns;
        private byte[] body = new byte[64];
        private int size;
        private long lastDay;
        private int periods;

        Writer(int columns) {
            this.columns = columns;
        }

        void period(long epochDay, long[] amounts) {
            if (amounts.length != columns || epochDay < lastDay) {
                throw new IllegalArgumentException("periods must come in date order with every column");
            }
            varint(zigzag(epochDay - lastDay));
            for (long amount : amounts) {
                varint(zigzag(amount));
            }
            lastDay = epochDay;
            periods++;
        }

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(size + 8);
            out.write(FORMAT);
            PeriodSnapshot.varint(out, columns);
            PeriodSnapshot.varint(out, periods);
            out.write(body, 0, size);
            return out.toByteArray();
        }

        private void varint(long v) {
            if (size + 10 > body.length) {
                body = java.util.Arrays.copyOf(body, body.length * 2);
            }
            while ((v & ~0x7FL) != 0) {
                body[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            body[size++] = (byte) v;
        }
    }

    /**
     * Gives every period of the bytes to the sink; false, giving nothing, when they are not of this
     * format or not of this many columns (the unit is then read again from the period tables).
     */
    static boolean read(byte[] data, int columns, Sink sink) {
        if (data == null || data.length < 3 || data[0] != FORMAT) {
            return false;
        }
        int[] at = {1};
        try {
            if (next(data, at) != columns) {
                return false;
            }
            long periods = next(data, at);
            long[] amounts = new long[columns];
            long day = 0;
            for (long p = 0; p < periods; p++) {
                day += unzigzag(next(data, at));
                for (int col = 0; col < columns; col++) {
                    amounts[col] = unzigzag(next(data, at));
                }
                sink.period(day, amounts);
            }
            return at[0] == data.length;
        } catch (ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static void varint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long next(byte[] data, int[] at) {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = data[at[0]++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
        }
        throw new ArrayIndexOutOfBoundsException("varint too long");
    }
}
