package org.factdesk.archive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 first; bytes that are not UTF-8 are read as windows-1252 (the usual culprit) instead of failing. */
final class TextDecoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decoded text and whether the fallback was needed. */
    record Decoded(String text, boolean fallback) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes, int offset, int length) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
            if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
                s = s.substring(1);
            }
            return new Decoded(s, false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, offset, length, WINDOWS_1252), true);
        }
    }

    static Decoded decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** True when the bytes look like a binary file rather than text (NUL bytes early on). */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8000);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
