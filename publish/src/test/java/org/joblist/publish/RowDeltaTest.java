package org.joblist.publish;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowDeltaTest {
    private static final String HEADER = "| Company | Position | Location | Type | Date |\n"
            + "|---|---|---|---|---|\n";

    @Test
    void aRetitledPostingWithTheSameApplyLinkIsOneRowChanged() {
        RowDelta delta = delta(
                "| Wolt | [Store Manager](https://remoteok.com/remote-jobs/1136747) | Marsa"
                        + " | Remote | Aug 14, 2026 |\n",
                "| Wolt Oy | [Store Lead](https://remoteok.com/remote-jobs/1136747) | Marsa"
                        + " | Remote | Aug 14, 2026 |\n");

        assertThat(delta).isEqualTo(new RowDelta(0, 0, 0, 1));
        assertThat(delta.describe()).isEqualTo("1 changed");
    }

    @Test
    void rowsWithoutALinkAreToldApartByCompanyAndPosition() {
        RowDelta delta = delta("| Wolt | Store Manager | Marsa | Remote | Aug 14, 2026 |\n",
                "| Wolt | Store Lead | Marsa | Remote | Aug 14, 2026 |\n");

        assertThat(delta.describe()).isEqualTo("+1 new, 1 removed");
    }

    @Test
    void theKeyOfARowIsTheApplyLinkNotTheCreditLink() {
        assertThat(RowDelta.keyOf("| Wolt | [Store Manager](https://remoteOK.com/remote-jobs/"
                + "1136747) (via [Remote OK](https://remoteok.com)) | Marsa | Remote |"
                + " Aug 14, 2026 |")).isEqualTo("https://remoteOK.com/remote-jobs/1136747");
    }

    private static RowDelta delta(String rowBefore, String rowAfter) {
        FileChange file = new FileChange("README.md", Path.of("README.md"),
                (HEADER + rowBefore).getBytes(UTF_8), (HEADER + rowAfter).getBytes(UTF_8));
        return RowDelta.of(List.of(file), Set::of);
    }
}
