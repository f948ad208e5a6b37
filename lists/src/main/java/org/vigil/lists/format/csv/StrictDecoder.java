package org.vigil.lists.format.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes to chars and, unlike {@link java.io.InputStreamReader}, hands out every char decoded before a bad
 * byte sequence and only then reports it, so the caller knows exactly where (line, byte offset) the bad bytes are.
 */
final class StrictDecoder {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 15);
    private long bytesConsumed;
    private boolean inputDone;
    private boolean flushed;
    private CoderResult pendingError;

    StrictDecoder(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    /** Byte offset in the stream of the next undecoded byte. */
    long byteOffset() {
        return bytesConsumed;
    }

    /**
     * Fills {@code out} (cleared first, flipped on return) with at least one char, or returns false at the end.
     *
     * @throws BadBytes if the next bytes are not valid in the charset
     */
    boolean fill(CharBuffer out) throws IOException, BadBytes {
        out.clear();
        while (out.position() == 0) {
            if (pendingError != null) {
                throw new BadBytes(bytesConsumed, pendingError.length());
            }
            if (flushed) {
                out.flip();
                return false;
            }
            if (!bytes.hasRemaining() && !inputDone) {
                refill();
            }
            int before = bytes.position();
            CoderResult r = decoder.decode(bytes, out, inputDone);
            bytesConsumed += bytes.position() - before;
            if (r.isError()) {
                pendingError = r; // hand out what was decoded before the bad bytes first
            } else if (r.isOverflow()) {
                break;
            } else if (inputDone) {
                if (decoder.flush(out).isUnderflow()) {
                    flushed = true;
                }
            } else {
                refill();
            }
        }
        out.flip();
        return true;
    }

    private void refill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            inputDone = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** Bytes at {@link #offset()} are not valid text in the charset. */
    static final class BadBytes extends Exception {
        private static final long serialVersionUID = 1L;
        private final long offset;

        BadBytes(long offset, int length) {
            super("invalid byte sequence of length " + length + " at byte offset " + offset);
            this.offset = offset;
        }

        long offset() {
            return offset;
        }
    }
}
