package org.factdesk.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The operating system's keyring, where a team desk password is kept between sessions instead of in a file: the
 * Secret Service on Linux (GNOME Keyring, KWallet; through {@code secret-tool}), the macOS Keychain (through
 * {@code security}), Windows Credential Manager (CredReadW/CredWriteW). The password goes to and from the helper
 * tools through pipes, never on a command line. One entry per login and desk: service "FactDesk team desk", account
 * {@code user@host:port/database}. See docs/decisions/0056.
 */
public abstract sealed class OsKeyring permits OsKeyring.SecretService, OsKeyring.MacKeychain,
        OsKeyring.WindowsCredentials {
    static final String SERVICE = "FactDesk team desk";

    /** This system's keyring, or empty with none reachable (say, Linux without secret-tool or a desktop session). */
    public static Optional<OsKeyring> find() {
        return find(System.getProperty("os.name", ""), System.getenv());
    }

    static Optional<OsKeyring> find(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return Optional.of(new WindowsCredentials());
        }
        if (os.startsWith("mac")) {
            return onPath("security", env).map(MacKeychain::new);
        }
        boolean bus = env.containsKey("DBUS_SESSION_BUS_ADDRESS")
                || env.containsKey("XDG_RUNTIME_DIR") && Files.exists(Path.of(env.get("XDG_RUNTIME_DIR"), "bus"));
        return bus ? onPath("secret-tool", env).map(tool -> new SecretService(tool, env)) : Optional.empty();
    }

    /** Where the password is kept, as the user knows it. */
    public abstract String name();

    /** The kept password for {@code url}'s login, if there is one. */
    public abstract Optional<char[]> read(DeskUrl url);

    /** Keeps {@code password} for {@code url}'s login, replacing an older one. */
    public abstract void save(DeskUrl url, char[] password);

    static String account(DeskUrl url) {
        return url.user() + "@" + url.host() + ":" + url.port() + "/" + url.database();
    }

    private static Optional<Path> onPath(String tool, Map<String, String> env) {
        for (String dir : env.getOrDefault("PATH", "/usr/bin:/bin").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, tool);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** A helper tool's result: exit code and the bytes it printed. */
    private record Ran(int exit, byte[] out, String err) {
    }

    /** Runs a keyring tool with {@code input} on its stdin; a minute at most (a locked keyring may ask to unlock). */
    private static Ran run(List<String> command, Map<String, String> env, byte[] input) {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (env != null) {
            pb.environment().clear();
            pb.environment().putAll(env);
        }
        try {
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(input);
            }
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errReader = Thread.ofVirtual().start(() -> copy(p.getErrorStream(), err));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            copy(p.getInputStream(), out);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new StoreException("The keyring (" + command.getFirst() + ") did not answer within a minute;"
                        + " FactDesk asks for the password instead.");
            }
            errReader.join(1000);
            return new Ran(p.exitValue(), out.toByteArray(), err.toString(StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new StoreException("Cannot use the keyring (" + command.getFirst() + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while using the keyring", e);
        } finally {
            Arrays.fill(input, (byte) 0);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the process ended
        }
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] out = new byte[b.remaining()];
        b.get(out);
        Arrays.fill(b.array(), (byte) 0);
        return out;
    }

    private static char[] chars(byte[] utf8) {
        CharBuffer c = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(utf8));
        char[] out = new char[c.remaining()];
        c.get(out);
        Arrays.fill(utf8, (byte) 0);
        return out;
    }

    /** Linux and BSDs: the freedesktop Secret Service through libsecret's {@code secret-tool}. */
    static final class SecretService extends OsKeyring {
        private final Path tool;
        private final Map<String, String> env;

        SecretService(Path tool, Map<String, String> env) {
            this.tool = tool;
            this.env = Map.copyOf(env);
        }

        @Override
        public String name() {
            return "the desktop keyring (Secret Service)";
        }

        @Override
        public Optional<char[]> read(DeskUrl url) {
            Ran r = run(List.of(tool.toString(), "lookup", "service", SERVICE, "account", account(url)), env, new byte[0]);
            // exit 1 with nothing printed: no such entry
            return r.exit() == 0 && r.out().length > 0 ? Optional.of(chars(r.out())) : Optional.empty();
        }

        @Override
        public void save(DeskUrl url, char[] password) {
            Ran r = run(List.of(tool.toString(), "store", "--label=FactDesk: " + account(url), "service", SERVICE,
                    "account", account(url)), env, utf8(password));
            if (r.exit() != 0) {
                throw new StoreException("The desktop keyring did not keep the password (" + r.err() + "). Is it"
                        + " unlocked? FactDesk will ask for the password next time.");
            }
        }
    }

    /**
     * macOS: the login Keychain through {@code security}, driven in its interactive mode so that the password travels on
     * stdin rather than on a command line other users could see.
     */
    static final class MacKeychain extends OsKeyring {
        private final Path tool;

        MacKeychain(Path tool) {
            this.tool = tool;
        }

        @Override
        public String name() {
            return "the macOS Keychain";
        }

        @Override
        public Optional<char[]> read(DeskUrl url) {
            Ran r = run(List.of(tool.toString(), "find-generic-password", "-s", SERVICE, "-a", account(url), "-w"),
                    null, new byte[0]);
            if (r.exit() != 0 || r.out().length == 0) {
                return Optional.empty();
            }
            byte[] out = r.out();
            int n = out.length > 0 && out[out.length - 1] == '\n' ? out.length - 1 : out.length;
            byte[] pw = Arrays.copyOf(out, n);
            Arrays.fill(out, (byte) 0);
            return Optional.of(chars(pw));
        }

        @Override
        public void save(DeskUrl url, char[] password) {
            String line = "add-generic-password -U -s " + quote(SERVICE) + " -a " + quote(account(url)) + " -w "
                    + quote(new String(password)) + "\n";
            Ran r = run(List.of(tool.toString(), "-i"), null, line.getBytes(StandardCharsets.UTF_8));
            if (r.exit() != 0 || !r.err().isEmpty()) {
                throw new StoreException("The macOS Keychain did not keep the password (" + r.err() + ").");
            }
        }

        private static String quote(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    /** Windows: a generic credential in Credential Manager, through advapi32 (Java's foreign function API). */
    static final class WindowsCredentials extends OsKeyring {
        private static final int CRED_TYPE_GENERIC = 1;
        private static final int CRED_PERSIST_LOCAL_MACHINE = 2;
        // CREDENTIALW on 64-bit Windows: offsets of the fields used
        private static final long TYPE = 4;
        private static final long TARGET_NAME = 8;
        private static final long BLOB_SIZE = 32;
        private static final long BLOB = 40;
        private static final long PERSIST = 48;
        private static final long USER_NAME = 72;
        private static final long SIZE = 80;

        @Override
        public String name() {
            return "Windows Credential Manager";
        }

        private static MethodHandle function(String name, FunctionDescriptor fd) {
            Linker linker = Linker.nativeLinker();
            SymbolLookup advapi = SymbolLookup.libraryLookup("Advapi32", Arena.global());
            return linker.downcallHandle(advapi.find(name).orElseThrow(), fd);
        }

        private static MemorySegment wide(Arena arena, String s) {
            byte[] b = (s + "\0").getBytes(StandardCharsets.UTF_16LE);
            MemorySegment m = arena.allocate(b.length);
            MemorySegment.copy(b, 0, m, ValueLayout.JAVA_BYTE, 0, b.length);
            return m;
        }

        @Override
        public Optional<char[]> read(DeskUrl url) {
            try (Arena arena = Arena.ofConfined()) {
                MethodHandle credRead = function("CredReadW", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                        ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
                MethodHandle credFree = function("CredFree", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
                MemorySegment out = arena.allocate(ValueLayout.ADDRESS);
                int ok = (int) credRead.invokeExact(wide(arena, SERVICE + ":" + account(url)), CRED_TYPE_GENERIC, 0, out);
                if (ok == 0) {
                    return Optional.empty(); // ERROR_NOT_FOUND, most likely
                }
                MemorySegment cred = out.get(ValueLayout.ADDRESS, 0).reinterpret(SIZE);
                try {
                    int size = cred.get(ValueLayout.JAVA_INT, BLOB_SIZE);
                    MemorySegment blob = cred.get(ValueLayout.ADDRESS, BLOB).reinterpret(size);
                    byte[] bytes = blob.toArray(ValueLayout.JAVA_BYTE);
                    CharBuffer c = StandardCharsets.UTF_16LE.decode(ByteBuffer.wrap(bytes));
                    Arrays.fill(bytes, (byte) 0);
                    char[] pw = new char[c.remaining()];
                    c.get(pw);
                    return Optional.of(pw);
                } finally {
                    credFree.invokeExact(cred);
                }
            } catch (Throwable t) {
                throw new StoreException("Cannot read Windows Credential Manager: " + t.getMessage(), t);
            }
        }

        @Override
        public void save(DeskUrl url, char[] password) {
            try (Arena arena = Arena.ofConfined()) {
                MethodHandle credWrite = function("CredWriteW", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                        ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
                byte[] blob = new String(password).getBytes(StandardCharsets.UTF_16LE);
                MemorySegment blobSeg = arena.allocate(Math.max(1, blob.length));
                MemorySegment.copy(blob, 0, blobSeg, ValueLayout.JAVA_BYTE, 0, blob.length);
                Arrays.fill(blob, (byte) 0);
                MemorySegment cred = arena.allocate(SIZE, 8);
                cred.set(ValueLayout.JAVA_INT, TYPE, CRED_TYPE_GENERIC);
                cred.set(ValueLayout.ADDRESS, TARGET_NAME, wide(arena, SERVICE + ":" + account(url)));
                cred.set(ValueLayout.JAVA_INT, BLOB_SIZE, (int) blobSeg.byteSize() == 1 && password.length == 0 ? 0
                        : (int) blobSeg.byteSize());
                cred.set(ValueLayout.ADDRESS, BLOB, blobSeg);
                cred.set(ValueLayout.JAVA_INT, PERSIST, CRED_PERSIST_LOCAL_MACHINE);
                cred.set(ValueLayout.ADDRESS, USER_NAME, wide(arena, url.user()));
                int ok = (int) credWrite.invokeExact(cred, 0);
                blobSeg.fill((byte) 0);
                if (ok == 0) {
                    throw new StoreException("Windows Credential Manager did not keep the password.");
                }
            } catch (StoreException e) {
                throw e;
            } catch (Throwable t) {
                throw new StoreException("Cannot write to Windows Credential Manager: " + t.getMessage(), t);
            }
        }
    }
}
