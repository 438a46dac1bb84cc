package vn.dxoutreach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

    @Test
    void thePeakIsTheHighWaterMarkNotTheCurrentSet() {
        String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmHWM:\t  307200 kB\nVmRSS:\t  204800 kB\n";
        assertEquals(307200, ProcessMemory.peakRssKb(status));
    }

    @Test
    void aStatusWithoutTheFigureTellsNothing() {
        assertEquals(-1, ProcessMemory.peakRssKb("Name:\tjava\n") / 1024);
    }
}
