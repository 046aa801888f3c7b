package org.factdesk.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text, the way a browser decides: a byte-order mark first, then the charset the server
 * declared, then (for HTML) a {@code <meta charset>} or {@code http-equiv} declaration near the top;
 * otherwise UTF-8 when the bytes are valid UTF-8, else windows-1252 (the usual culprit), with a note.
 */
public final class Decoding {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How far into an HTML page a charset declaration is looked for (the HTML standard prescans 1,024 bytes). */
    private static final int META_PRESCAN = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Decoded text, the charset used, and whether it was a guess after the bytes failed to decode as
     * UTF-8 (the caller tells the user).
     */
    public record Decoded(String text, Charset charset, boolean fallback) {
    }

    private Decoding() {
    }

    /** Text of any kind: BOM, else UTF-8, else windows-1252. */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, null, false);
    }

    /**
     * @param declared the charset a server declared (a Content-Type header), or null
     * @param html     whether to look for a {@code <meta>} declaration
     */
    public static Decoded decode(byte[] bytes, String declared, boolean html) {
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return new Decoded(new String(bytes, bom.length, bytes.length - bom.length, bom.charset), bom.charset, false);
        }
        Optional<Charset> named = charset(declared == null ? null : firstGroup(HEADER_CHARSET, declared));
        if (named.isEmpty() && html) {
            String head = new String(bytes, 0, Math.min(bytes.length, META_PRESCAN), StandardCharsets.ISO_8859_1);
            named = charset(firstGroup(META_CHARSET, head));
        }
        if (named.isPresent()) {
            Charset cs = named.get();
            // A page that declares UTF-16 in ASCII is in fact ASCII-compatible (the HTML standard says UTF-8).
            if (cs.name().startsWith("UTF-16")) {
                cs = StandardCharsets.UTF_8;
            }
            // ISO-8859-1 and US-ASCII are read as windows-1252, as browsers do.
            if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
                cs = WINDOWS_1252;
            }
            if (!cs.equals(StandardCharsets.UTF_8)) {
                return new Decoded(new String(bytes, cs), cs, false);
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(s, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, true);
        }
    }

    /**
     * True when the bytes look like a binary file rather than text: NUL bytes or many control characters
     * early on. UTF-16 text with a byte-order mark is text.
     */
    public static boolean looksBinary(byte[] bytes) {
        Bom bom = Bom.of(bytes);
        if (bom != null && bom.charset.name().startsWith("UTF-16")) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return control > n / 20;
    }

    private static String firstGroup(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static Optional<Charset> charset(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }
    }
}
