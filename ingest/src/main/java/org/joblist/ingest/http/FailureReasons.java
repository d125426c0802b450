package org.joblist.ingest.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Says in a few words, on one line, why a request or a parse failed. */
final class FailureReasons {
    /** The list of JSON values Jackson appends to "expected a valid value" and the like. */
    private static final Pattern VALUE_KINDS = Pattern.compile(
            "\\s*\\(JSON String, Number, Array, Object or token 'null', 'true' or 'false'\\)");
    /** Where Jackson says an unclosed array or object started, a location we give ourselves. */
    private static final Pattern START_MARKER =
            Pattern.compile("\\s*\\(start marker at \\[.*?]\\)");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private FailureReasons() {
    }

    /**
     * Why a fetch failed, e.g. {@code body is not complete JSON (unexpected end at byte 1234)}
     * or {@code request failed (SocketTimeoutException: timeout)}.
     */
    static String of(IOException e) {
        if (e instanceof StreamReadException invalid) {
            JsonLocation location = invalid.getLocation();
            long offset = location == null ? -1 : location.getByteOffset();
            return isTruncated(invalid)
                    ? "body is not complete JSON (unexpected end at byte " + offset + ")"
                    : "body is not valid JSON (" + jsonProblem(invalid) + " at byte " + offset
                            + ")";
        }
        if (e instanceof BodyTooLargeException || e instanceof NotInCassetteException
                || e instanceof UnexpectedBodyException) {
            return oneLine(e.getMessage());
        }
        String message = e.getMessage();
        return "request failed (" + e.getClass().getSimpleName()
                + (message == null ? "" : ": " + oneLine(message)) + ")";
    }

    /** Jackson's message without locations and without its list of value kinds. */
    static String jsonProblem(StreamReadException e) {
        String message = String.valueOf(e.getOriginalMessage());
        message = START_MARKER.matcher(message).replaceAll("");
        return oneLine(VALUE_KINDS.matcher(message).replaceAll(""));
    }

    /** Whether the input ended before the JSON was complete, e.g. a body cut short. */
    private static boolean isTruncated(StreamReadException e) {
        // Jackson reports some ends of input, e.g. right after a comma in an array, without
        // the JsonEOFException type.
        return e instanceof JsonEOFException
                || String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input");
    }

    private static String oneLine(@Nullable String text) {
        return text == null ? "" : LINE_BREAKS.matcher(text).replaceAll(" ");
    }
}
