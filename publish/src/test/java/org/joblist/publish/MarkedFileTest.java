package org.joblist.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkedFileTest {
    @Test
    void findsTheBlockWithItsMarkers() {
        MarkedFile file = parse("# Jobs\n{b}\nold\n{e}\nbye\n");

        assertThat(file.block()).isEqualTo(marked("{b}\nold\n{e}"));
    }

    @Test
    void replacesTheBlockAndKeepsEveryOtherByte() {
        byte[] around = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', (byte) 0xE9, '\r', '\n'};
        byte[] content = Bytes.concat(around, Bytes.utf8(marked("{b}x{e}")), around);

        byte[] replaced = MarkedFile.parse(content, "README.md").withBlock(marked("{b}\nnew\n{e}"));

        assertThat(replaced)
                .isEqualTo(Bytes.concat(around, Bytes.utf8(marked("{b}\nnew\n{e}")), around));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", value = {
        "# Jobs          -> no {b}",
        "{b}             -> no {e}",
        "{e}{b}          -> {e} comes before {b}",
        "{b}a{e}b{e}     -> {e} appears 2 times",
        "{b}{b}{b}{e}    -> {b} appears 3 times",
        "<!-- joblist:begin -- >{e} -> no {b}",
    })
    void refusesMissingRepeatedOrMisorderedMarkers(String content, String reason) {
        assertThatThrownBy(() -> parse(content))
                .isInstanceOf(PublishException.class)
                .hasMessage("/site/README.md: " + marked(reason) + "; expected one"
                        + " <!-- joblist:begin --> followed by one <!-- joblist:end -->,"
                        + " file left unchanged");
    }

    private static MarkedFile parse(String content) {
        return MarkedFile.parse(Bytes.utf8(marked(content)), "/site/README.md");
    }

    /** The text with {b} and {e} standing for the begin and end markers. */
    private static String marked(String text) {
        return text.replace("{b}", "<!-- joblist:begin -->").replace("{e}", "<!-- joblist:end -->");
    }
}
