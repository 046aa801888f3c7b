package org.factdesk.cli;

/**
 * Text from files and the database on its way to the terminal: control characters (escape sequences that could move
 * the cursor, retitle the window or hide output; NUL; carriage returns that overwrite a line) are shown as
 * {@code \u001b}-style escapes instead of being obeyed. Tabs and line breaks stay.
 */
final class Terminal {
    private Terminal() {
    }

    static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f)
                    || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
            if (control && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * A stream that escapes what {@link #safe(String)} escapes, whatever is printed through it: C0 controls but tab
     * and line feed, DEL, and the C1 controls (U+0080-U+009F, two bytes in UTF-8) become {@code \\u00XX}.
     */
    static java.io.PrintStream safe(java.io.PrintStream target) {
        java.io.OutputStream filter = new java.io.FilterOutputStream(target) {
            private boolean afterC2;

            @Override
            public void write(int b) throws java.io.IOException {
                b &= 0xff;
                if (afterC2) {
                    afterC2 = false;
                    if (b >= 0x80 && b <= 0x9f) {
                        escape(b);
                        return;
                    }
                    out.write(0xc2);
                }
                if (b == 0xc2) {
                    afterC2 = true;
                } else if ((b < 0x20 && b != '\t' && b != '\n') || b == 0x7f) {
                    escape(b);
                } else {
                    out.write(b);
                }
            }

            private void escape(int c) throws java.io.IOException {
                out.write(String.format("\\u%04x", c).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }

            @Override
            public void flush() throws java.io.IOException {
                out.flush();
            }
        };
        return new java.io.PrintStream(filter, true, java.nio.charset.StandardCharsets.UTF_8);
    }
}
