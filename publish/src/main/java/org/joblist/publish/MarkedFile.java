package org.joblist.publish;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A file's bytes around its generated block, the text from {@value #BEGIN} through {@value #END}.
 * Everything before and after the block belongs to the user and is kept byte for byte, whatever
 * its encoding.
 */
final class MarkedFile {
    static final String BEGIN = "<!-- joblist:begin -->";
    static final String END = "<!-- joblist:end -->";

    private final byte[] content;
    private final int blockStart;
    private final int blockEnd;

    private MarkedFile(byte[] content, int blockStart, int blockEnd) {
        this.content = content;
        this.blockStart = blockStart;
        this.blockEnd = blockEnd;
    }

    /**
     * Finds the block in content that must hold each marker once, begin before end.
     *
     * @param name names the content in the error, e.g. the file's path
     * @throws PublishException when a marker is missing, repeated or out of order
     */
    static MarkedFile parse(byte[] content, String name) {
        // ISO-8859-1 maps each byte to one char, so indexes in this text are byte offsets.
        String text = new String(content, StandardCharsets.ISO_8859_1);
        int begin = onlyIndexOf(text, BEGIN, name);
        int end = onlyIndexOf(text, END, name);
        if (end < begin) {
            throw broken(name, END + " comes before " + BEGIN);
        }
        return new MarkedFile(content, begin, end + END.length());
    }

    /** The block, markers included, read as UTF-8. */
    String block() {
        return new String(content, blockStart, blockEnd - blockStart, StandardCharsets.UTF_8);
    }

    /** This file's bytes with the block replaced by the given one. */
    byte[] withBlock(String block) {
        byte[] middle = block.getBytes(StandardCharsets.UTF_8);
        int tail = content.length - blockEnd;
        byte[] result = Arrays.copyOf(content, blockStart + middle.length + tail);
        System.arraycopy(middle, 0, result, blockStart, middle.length);
        System.arraycopy(content, blockEnd, result, blockStart + middle.length, tail);
        return result;
    }

    private static int onlyIndexOf(String text, String marker, String name) {
        int first = text.indexOf(marker);
        if (first < 0) {
            throw broken(name, "no " + marker);
        }

        int count = 1;
        for (int at = text.indexOf(marker, first + 1); at >= 0; at = text.indexOf(marker, at + 1)) {
            count++;
        }
        if (count > 1) {
            throw broken(name, marker + " appears " + count + " times");
        }
        return first;
    }

    private static PublishException broken(String name, String reason) {
        return new PublishException(name + ": " + reason + "; expected one " + BEGIN
                + " followed by one " + END + ", file left unchanged");
    }
}
