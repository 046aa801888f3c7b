// Packs resources/icons/factdesk-*.png into factdesk.ico (Windows) and factdesk.icns (macOS), both of which
// may carry PNG images directly. Run from the project root: `java installer/PackIcons.java` (after DrawIcon).
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

public class PackIcons {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of("resources/icons");
        byte[] p32 = Files.readAllBytes(dir.resolve("factdesk-32.png"));
        byte[] p64 = Files.readAllBytes(dir.resolve("factdesk-64.png"));
        byte[] p256 = Files.readAllBytes(dir.resolve("factdesk-256.png"));
        Files.write(dir.resolve("factdesk.ico"), ico(new int[] {32, 64, 256}, new byte[][] {p32, p64, p256}));
        Files.write(dir.resolve("factdesk.icns"), icns(p32, p64, p256));
    }

    /** ICO: a directory of entries, each pointing at a PNG (little-endian; 256 is written as 0). */
    static byte[] ico(int[] sizes, byte[][] pngs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        le16(out, 0);
        le16(out, 1);
        le16(out, pngs.length);
        int offset = 6 + 16 * pngs.length;
        for (int i = 0; i < pngs.length; i++) {
            out.write(sizes[i] >= 256 ? 0 : sizes[i]);
            out.write(sizes[i] >= 256 ? 0 : sizes[i]);
            out.write(0);
            out.write(0);
            le16(out, 1);
            le16(out, 32);
            le32(out, pngs[i].length);
            le32(out, offset);
            offset += pngs[i].length;
        }
        for (byte[] png : pngs) {
            out.writeBytes(png);
        }
        return out.toByteArray();
    }

    /** ICNS: big-endian chunks; icp5 = 32 px, icp6 = 64 px, ic08 = 256 px PNG. */
    static byte[] icns(byte[] p32, byte[] p64, byte[] p256) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        chunk(body, "icp5", p32);
        chunk(body, "icp6", p64);
        chunk(body, "ic08", p256);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        d.writeBytes("icns");
        d.writeInt(8 + body.size());
        d.write(body.toByteArray());
        return out.toByteArray();
    }

    static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        DataOutputStream d = new DataOutputStream(out);
        d.writeBytes(type);
        d.writeInt(8 + data.length);
        d.write(data);
    }

    static void le16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xff);
        out.write((v >> 8) & 0xff);
    }

    static void le32(ByteArrayOutputStream out, int v) {
        le16(out, v & 0xffff);
        le16(out, (v >>> 16) & 0xffff);
    }
}
