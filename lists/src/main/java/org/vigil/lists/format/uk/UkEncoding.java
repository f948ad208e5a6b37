package org.vigil.lists.format.uk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Tells a UTF-8 UK list file from a Windows-1252 one. The historical HM Treasury files are Windows-1252; later ones
 * are UTF-8. A file is read as UTF-8 if it starts with a UTF-8 byte-order mark, or if all its bytes form valid UTF-8
 * and at least one multi-byte sequence occurs (Windows-1252 text with accented letters or typographic quotes is
 * practically never valid UTF-8). Reads the stream once, in blocks: memory does not grow with the file.
 */
final class UkEncoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private UkEncoding() {
    }

    static Charset detect(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        int pending = 0; // continuation bytes still expected
        boolean multiByte = false;
        boolean first = true;
        int n;
        while ((n = in.read(buf)) > 0) {
            if (first) {
                first = false;
                if (n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
                    return StandardCharsets.UTF_8;
                }
            }
            for (int i = 0; i < n; i++) {
                int b = buf[i] & 0xFF;
                if (pending > 0) {
                    if ((b & 0xC0) != 0x80) {
                        return WINDOWS_1252;
                    }
                    pending--;
                } else if (b >= 0x80) {
                    if (b >= 0xC2 && b <= 0xDF) {
                        pending = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        pending = 2;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        pending = 3;
                    } else {
                        return WINDOWS_1252;
                    }
                    multiByte = true;
                }
            }
        }
        return multiByte && pending == 0 ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }
}
