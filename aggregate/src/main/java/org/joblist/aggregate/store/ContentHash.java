package org.joblist.aggregate.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.joblist.aggregate.Posting;

/** SHA-256 of a posting's stored content, hex: equal hashes mean nothing to update. */
final class ContentHash {
    // A unit separator cannot occur in normalized text, so field boundaries stay unambiguous.
    private static final char SEPARATOR = '\u001f';

    private ContentHash() {
    }

    static String of(Posting posting) {
        Instant postedAt = posting.postedAt();
        String content = String.join(String.valueOf(SEPARATOR),
                posting.company(),
                posting.title(),
                posting.location(),
                posting.workplaceType().name(),
                postedAt == null ? "" : postedAt.toString(),
                posting.applyUrl());
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
