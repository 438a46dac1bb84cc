package vn.dxoutreach.exchange.pkg;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a package's zip structure itself, header by header, because {@link java.util.zip.ZipFile}
 * believes the central directory and skips the rest: every local header must repeat its central
 * directory entry (name, method, flags, checksum, sizes, or the data descriptor after the data),
 * no name twice, entries one after the other without overlap, the directory ending the file, and
 * none of the zip features a package never uses (encryption, zip64, multi-volume, other
 * compression). The checksums and sizes found here are then held against what the entries really
 * contain and what the manifest lists.
 */
final class ZipConsistency {

    /** What the central directory says of an entry. */
    record Header(String name, int method, long crc, long compressedSize, long size, long localOffset,
            long versionFlagsAndTime) {
    }

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int DESCRIPTOR = 0x08074b50;
    private static final int END_SIZE = 22;
    private static final int LOCAL_SIZE = 30;
    private static final int CENTRAL_SIZE = 46;
    private static final int MAX_COMMENT = 0xFFFF;
    /** 65,535 entries of a few hundred bytes each: more is no package of ours. */
    private static final long MAX_DIRECTORY_BYTES = 32L * 1024 * 1024;

    private ZipConsistency() {
    }

    /** The entries by name, in directory order; any disagreement refuses the package as damaged. */
    static Map<String, Header> check(Path file) throws IOException, PackageRefused {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long fileSize = channel.size();
            long end = findEnd(channel, fileSize);
            ByteBuffer eocd = read(channel, end, END_SIZE);
            int disk = u16(eocd, 4);
            int directoryDisk = u16(eocd, 6);
            int onDisk = u16(eocd, 8);
            int total = u16(eocd, 10);
            long directorySize = u32(eocd, 12);
            long directoryOffset = u32(eocd, 16);
            if (disk != 0 || directoryDisk != 0 || onDisk != total || total == 0xFFFF
                    || directorySize > MAX_DIRECTORY_BYTES || directoryOffset + directorySize != end) {
                throw damaged("end of central directory");
            }
            List<Header> headers = directory(read(channel, directoryOffset, (int) directorySize), total);
            checkLocals(channel, headers, directoryOffset);
            Map<String, Header> byName = new LinkedHashMap<>();
            for (Header h : headers) {
                if (byName.put(h.name(), h) != null) {
                    throw damaged("entry twice: " + h.name());
                }
            }
            return byName;
        }
    }

    private static long findEnd(FileChannel channel, long fileSize) throws IOException, PackageRefused {
        if (fileSize < END_SIZE) {
            throw new PackageRefused("exchange.refused.notAPackage");
        }
        int tail = (int) Math.min(fileSize, END_SIZE + MAX_COMMENT);
        ByteBuffer buffer = read(channel, fileSize - tail, tail);
        for (int at = tail - END_SIZE; at >= 0; at--) {
            if (buffer.getInt(at) == END && at + END_SIZE + u16(buffer, at + 20) == tail) {
                return fileSize - tail + at;
            }
        }
        throw new PackageRefused("exchange.refused.notAPackage");
    }

    private static List<Header> directory(ByteBuffer cen, int total) throws PackageRefused {
        List<Header> headers = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < total; i++) {
            if (at + CENTRAL_SIZE > cen.limit() || cen.getInt(at) != CENTRAL) {
                throw damaged("central header " + i);
            }
            int flags = u16(cen, at + 8);
            int method = u16(cen, at + 10);
            long crc = u32(cen, at + 16);
            long compressed = u32(cen, at + 20);
            long size = u32(cen, at + 24);
            int nameLength = u16(cen, at + 28);
            int extraLength = u16(cen, at + 30);
            int commentLength = u16(cen, at + 32);
            int startDisk = u16(cen, at + 34);
            long offset = u32(cen, at + 42);
            int next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
            if ((flags & 1) != 0 || (method != 0 && method != 8) || startDisk != 0 || next > cen.limit()
                    || compressed == 0xFFFFFFFFL || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL
                    || (method == 0 && compressed != size)) {
                throw damaged("central header " + i);
            }
            // version needed, flags, method, time and date: the local header repeats all of them
            long versionFlagsAndTime = u32(cen, at + 6) ^ (u32(cen, at + 12) << 32);
            headers.add(new Header(name(cen, at + CENTRAL_SIZE, nameLength), method, crc, compressed, size, offset,
                    versionFlagsAndTime));
            at = next;
        }
        if (at != cen.limit()) {
            throw damaged("central directory size");
        }
        return headers;
    }

    private static void checkLocals(FileChannel channel, List<Header> headers, long directoryOffset)
            throws IOException, PackageRefused {
        List<Header> byOffset = new ArrayList<>(headers);
        byOffset.sort(Comparator.comparingLong(Header::localOffset));
        long free = 0;
        for (Header h : byOffset) {
            if (h.localOffset() < free || h.localOffset() + LOCAL_SIZE > directoryOffset) {
                throw damaged("overlapping entry " + h.name());
            }
            ByteBuffer local = read(channel, h.localOffset(), LOCAL_SIZE);
            int flags = u16(local, 6);
            int nameLength = u16(local, 26);
            int extraLength = u16(local, 28);
            long dataStart = h.localOffset() + LOCAL_SIZE + nameLength + extraLength;
            long dataEnd = dataStart + h.compressedSize();
            long versionFlagsAndTime = u32(local, 4) ^ (u32(local, 10) << 32);
            if (local.getInt(0) != LOCAL || versionFlagsAndTime != h.versionFlagsAndTime()
                    || u16(local, 8) != h.method() || dataEnd > directoryOffset
                    || !name(read(channel, h.localOffset() + LOCAL_SIZE, nameLength), 0, nameLength).equals(h.name())) {
                throw damaged("local header " + h.name());
            }
            long[] local3 = {u32(local, 14), u32(local, 18), u32(local, 22)};
            if ((flags & 8) == 0) {
                requireSame(h, local3);
                free = dataEnd;
            } else {
                if (!Arrays.equals(local3, new long[3]) && !Arrays.equals(local3, expected(h))) {
                    throw damaged("local header " + h.name());
                }
                free = descriptor(channel, h, dataEnd, directoryOffset);
            }
        }
    }

    /** Checks the data descriptor after an entry's data; returns where it ends. */
    private static long descriptor(FileChannel channel, Header h, long at, long limit)
            throws IOException, PackageRefused {
        if (at + 12 > limit) {
            throw damaged("data descriptor " + h.name());
        }
        ByteBuffer d = read(channel, at, (int) Math.min(16, limit - at));
        int skip = d.getInt(0) == DESCRIPTOR && d.limit() == 16 ? 4 : 0;
        requireSame(h, new long[] {u32(d, skip), u32(d, skip + 4), u32(d, skip + 8)});
        return at + skip + 12;
    }

    private static void requireSame(Header h, long[] crcAndSizes) throws PackageRefused {
        if (!Arrays.equals(crcAndSizes, expected(h))) {
            throw damaged("checksum or size of " + h.name());
        }
    }

    private static long[] expected(Header h) {
        return new long[] {h.crc(), h.compressedSize(), h.size()};
    }

    private static String name(ByteBuffer buffer, int at, int length) throws PackageRefused {
        byte[] bytes = new byte[length];
        buffer.get(at, bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw damaged("entry name");
        }
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException, PackageRefused {
        if (position < 0 || length < 0 || position + length > channel.size()) {
            throw damaged("beyond the end of the file");
        }
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw damaged("beyond the end of the file");
            }
        }
        return buffer.flip();
    }

    private static int u16(ByteBuffer b, int at) {
        return Short.toUnsignedInt(b.getShort(at));
    }

    private static long u32(ByteBuffer b, int at) {
        return Integer.toUnsignedLong(b.getInt(at));
    }

    private static PackageRefused damaged(String what) {
        java.util.logging.Logger.getLogger(ZipConsistency.class.getName()).info("Package zip structure: " + what);
        return new PackageRefused("exchange.refused.tampered");
    }
}
