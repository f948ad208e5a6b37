package org.vigil.lists.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with an {@link IOException} naming the file once more than {@code limit} bytes have been read. */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private final String name;
    private long count;

    LimitedInputStream(InputStream in, long limit, String name) {
        super(in);
        this.limit = limit;
        this.name = name;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        count(s);
        return s;
    }

    private void count(long n) throws IOException {
        count += n;
        if (count > limit) {
            throw new IOException(name + ": more than " + limit + " bytes; the file exceeds the size limit");
        }
    }
}
