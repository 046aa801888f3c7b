import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the packaged copies of the jars that carry native libraries for every platform, keeping only the
 * libraries of the platform being packaged (installer/build.sh runs it on target/installer/input/lib; the jars in
 * target/lib, which the tests and `java -jar` use, are not touched).
 *
 * <pre>
 *   java installer/StripNatives.java [--platform linux-x64|linux-aarch64|mac-x64|mac-aarch64|windows-x64]
 *        [--beside] [--store] JAR...
 * </pre>
 *
 * Without --platform, the platform of the running JVM (jpackage packages for the machine it runs on).
 * --store writes every entry of the named jars uncompressed: the package's own compressor (xz in a .deb) then
 * compresses their classes and models together, 25 MB less in the .deb than over deflated jars.
 * --beside drops the native libraries of the named jars that lie beside the jar already (JavaFX's: build.sh extracts
 * them there, where JavaFX loads them from first). Debug symbols (.pdb, .dSYM) go in every case: no user needs them.
 * Each jar's layout of platform folders is below; a jar not listed is copied unchanged (it has no natives).
 */
public final class StripNatives {
    /** Where a library keeps its natives, and its folder name for each platform FactDesk packages. */
    private record Layout(String jarPrefix, String folder, Map<String, String> folderByPlatform) {
    }

    private static final List<Layout> LAYOUTS = List.of(
            // com.microsoft.onnxruntime:onnxruntime (ai/onnxruntime/native/linux-x64/libonnxruntime.so ...)
            new Layout("onnxruntime-", "ai/onnxruntime/native/", Map.of("linux-x64", "linux-x64",
                    "linux-aarch64", "linux-aarch64", "mac-x64", "osx-x64", "mac-aarch64", "osx-aarch64",
                    "windows-x64", "win-x64")),
            // ai.djl.huggingface:tokenizers, the encoders' tokenizer (native/lib/linux-x86_64/cpu/libtokenizers.so)
            new Layout("tokenizers-", "native/lib/", Map.of("linux-x64", "linux-x86_64",
                    "linux-aarch64", "linux-aarch64", "mac-x64", "osx-x86_64", "mac-aarch64", "osx-aarch64",
                    "windows-x64", "win-x86_64")),
            // org.xerial:sqlite-jdbc (org/sqlite/native/Linux/x86_64/libsqlitejdbc.so)
            new Layout("sqlite-jdbc-", "org/sqlite/native/", Map.of("linux-x64", "Linux/x86_64",
                    "linux-aarch64", "Linux/aarch64", "mac-x64", "Mac/x86_64", "mac-aarch64", "Mac/aarch64",
                    "windows-x64", "Windows/x86_64")),
            // net.java.dev.jna:jna, the tokenizer library's helper (com/sun/jna/linux-x86-64/libjnidispatch.so)
            new Layout("jna-", "com/sun/jna/", Map.of("linux-x64", "linux-x86-64",
                    "linux-aarch64", "linux-aarch64", "mac-x64", "darwin-x86-64", "mac-aarch64", "darwin-aarch64",
                    "windows-x64", "win32-x86-64")));

    private StripNatives() {
    }

    public static void main(String[] args) throws IOException {
        String platform = hostPlatform();
        boolean beside = false;
        boolean store = false;
        List<Path> jars = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--platform" -> platform = args[++i];
                case "--beside" -> beside = true;
                case "--store" -> store = true;
                default -> jars.add(Path.of(args[i]));
            }
        }
        if (platform == null) {
            System.err.println("StripNatives: unknown platform " + System.getProperty("os.name") + "/"
                    + System.getProperty("os.arch") + "; pass --platform linux-x64|linux-aarch64|mac-x64|mac-aarch64|windows-x64");
            System.exit(2);
        }
        for (Path jar : jars) {
            strip(jar, platform, beside, store);
        }
    }

    static String hostPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        if (a == null) {
            return null;
        }
        if (os.contains("linux")) {
            return "linux-" + a;
        }
        if (os.contains("mac")) {
            return "mac-" + a;
        }
        return os.contains("win") && a.equals("x64") ? "windows-x64" : null;
    }

    static void strip(Path jar, String platform, boolean beside, boolean store) throws IOException {
        String name = jar.getFileName().toString();
        Layout layout = beside ? null : LAYOUTS.stream().filter(l -> name.startsWith(l.jarPrefix())).findFirst().orElse(null);
        if (layout == null && !beside && !store) {
            return;
        }
        String keep = layout == null ? null : layout.folder() + layout.folderByPlatform().get(platform) + "/";
        long before = Files.size(jar);
        Path tmp = jar.resolveSibling(name + ".tmp");
        int dropped = 0;
        int kept = 0;
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String path = entry.getName();
                boolean otherPlatform = layout != null && isNative(path) && path.startsWith(layout.folder())
                        && !path.startsWith(keep);
                boolean alreadyBeside = beside && isNative(path)
                        && Files.isRegularFile(jar.resolveSibling(path.substring(path.lastIndexOf('/') + 1)));
                if (isDebugSymbols(path) || otherPlatform || alreadyBeside) {
                    dropped++;
                    continue;
                }
                if (isNative(path)) {
                    kept++;
                }
                ZipEntry copy = new ZipEntry(path);
                copy.setTime(entry.getTime());
                if (store) {
                    byte[] data;
                    try (InputStream is = in.getInputStream(entry)) {
                        data = is.readAllBytes();
                    }
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    copy.setCompressedSize(data.length);
                    copy.setCrc(crc.getValue());
                    out.putNextEntry(copy);
                    out.write(data);
                } else {
                    out.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        if (keep != null && kept == 0) {
            Files.delete(tmp);
            throw new IOException(name + " has no native library under " + keep + ": its layout changed; update"
                    + " installer/StripNatives.java (the package would not run on " + platform + ")");
        }
        if (dropped == 0 && !store) { // left as it was (a rewrite would only recompress it)
            Files.delete(tmp);
            return;
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        if (dropped > 0) {
            System.out.printf(Locale.ROOT, "%s: %.1f MB -> %.1f MB%s (%d native files dropped: other platforms, debug symbols"
                    + " or beside the jar; %d kept)%n", name, before / 1e6, Files.size(jar) / 1e6, store ? " uncompressed" : "",
                    dropped, kept);
        }
    }

    private static boolean isNative(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".so") || p.endsWith(".dylib") || p.endsWith(".dll") || p.endsWith(".jnilib") || p.endsWith(".a")
                || p.endsWith(".pdb");
    }

    private static boolean isDebugSymbols(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".pdb") || p.contains(".dsym/");
    }
}
