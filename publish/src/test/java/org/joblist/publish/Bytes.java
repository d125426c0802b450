package org.joblist.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Byte arrays for tests that check a file keeps every byte around its block. */
final class Bytes {
    private Bytes() {}

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
