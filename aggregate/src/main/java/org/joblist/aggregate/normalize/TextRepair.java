package org.joblist.aggregate.normalize;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Repairs one-line text such as titles and company names: HTML entities decoded exactly once
 * (named, decimal and hex, outside the Basic Multilingual Plane too), mojibake from UTF-8 read
 * as Windows-1252 or Latin-1 undone ({@code Ã©} is {@code é}, {@code â€“} is {@code –}), and
 * whitespace, no-break spaces included, folded to single spaces.
 */
public final class TextRepair {
    private static final Pattern WHITESPACE =
            Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+", Pattern.UNICODE_CHARACTER_CLASS);

    // What a UTF-8 sequence becomes when its bytes are read as Windows-1252 or Latin-1: a lead
    // byte (0xc2..0xf4) followed by as many continuation bytes (0x80..0xbf) as it announces.
    private static final String CONTINUATION = "[\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161"
            + "\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201e"
            + "\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122]";
    private static final Pattern MOJIBAKE = Pattern.compile("[\\u00c2-\\u00df]" + CONTINUATION
            + "|[\\u00e0-\\u00ef]" + CONTINUATION + "{2}|[\\u00f0-\\u00f4]" + CONTINUATION + "{3}");

    /** Windows-1252's characters in 0x80..0x9f, back to their bytes. */
    private static final Map<Character, Byte> CP1252_HIGH = cp1252High();

    private TextRepair() {
    }

    /** One-line text repaired as the class describes. */
    public static String title(String raw) {
        return fold(repairMojibake(Parser.unescapeEntities(raw, false)));
    }

    /** Runs of whitespace as one space, trimmed. */
    static String fold(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }

    /**
     * The text with each run of characters that UTF-8 bytes read as Windows-1252 (or Latin-1)
     * become decoded again, twice at most for text that went through it twice; correct text,
     * "é" beside mojibake included, stays as it is.
     */
    static String repairMojibake(String text) {
        String current = text;
        for (int layer = 0; layer < 2; layer++) {
            Matcher m = MOJIBAKE.matcher(current);
            StringBuilder repaired = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String decoded = redecode(m.group());
                changed |= decoded != null;
                m.appendReplacement(repaired,
                        Matcher.quoteReplacement(decoded != null ? decoded : m.group()));
            }
            m.appendTail(repaired);
            if (!changed) {
                break;
            }
            current = repaired.toString();
        }
        return current;
    }

    private static @Nullable String redecode(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Byte high = CP1252_HIGH.get(c);
            if (high != null) {
                bytes[i] = high;
            } else if (c <= 0xff) {
                bytes[i] = (byte) c;
            } else {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Map<Character, Byte> cp1252High() {
        Charset cp1252 = Charset.forName("windows-1252");
        Map<Character, Byte> map = new HashMap<>();
        for (int b = 0x80; b <= 0x9f; b++) {
            CharBuffer decoded = cp1252.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
            char c = decoded.charAt(0);
            if (c != '\ufffd') {
                map.put(c, (byte) b);
            }
        }
        return map;
    }
}
