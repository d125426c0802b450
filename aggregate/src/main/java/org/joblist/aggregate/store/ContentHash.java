package org.joblist.aggregate.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.joblist.aggregate.Posting;

/** SHA-256 of a posting's stored content, hex: equal hashes mean nothing to update. */
final class ContentHash {
    private ContentHash() {
    }

    /** The hash of every field; a record's text form lists them all in a fixed order. */
    static String of(Posting posting) {
        String content = posting.toString();
        return HexFormat.of().formatHex(sha256().digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
