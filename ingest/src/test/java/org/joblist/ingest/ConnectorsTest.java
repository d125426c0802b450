package org.joblist.ingest;

import java.net.URI;
import org.joblist.config.HttpConfig;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.greenhouse.GreenhouseConnector;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.remoteok.RemoteOkConnector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectorsTest {
    @Test
    void givesTheConnectorOfEachKind() {
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, null)) {
            assertThat(Connectors.forKind(SourceKind.GREENHOUSE, client))
                    .isInstanceOf(GreenhouseConnector.class);
            assertThat(Connectors.forKind(SourceKind.REMOTEOK, client))
                    .isInstanceOf(RemoteOkConnector.class);
        }
    }

    @Test
    void everyKindHasAConnectorAndAFirstUrl() {
        try (BoardClient client = BoardClient.create(HttpConfig.defaults(), null, null)) {
            for (SourceKind kind : SourceKind.values()) {
                SourceConfig source = new SourceConfig("s", kind, "acme",
                        URI.create("https://boards.example/acme"));

                assertThat(Connectors.forKind(kind, client)).as(kind.configName()).isNotNull();
                assertThat(Connectors.boardUrl(source).host()).as(kind.configName())
                        .isEqualTo("boards.example");
            }
        }
    }

    @Test
    void aBoardKindWithoutBoardOrUrlNamesWhatItNeeds() {
        SourceConfig ashby = new SourceConfig("a", SourceKind.ASHBY, null, null);

        assertThatThrownBy(() -> Connectors.boardUrl(ashby))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source a: an ashby source needs a board or a url");
    }

    @Test
    void greenhouseBoardUrlAsksForTheJobsOfTheBoardWithTheirContent() {
        SourceConfig gitlab = new SourceConfig("gitlab", SourceKind.GREENHOUSE, "gitlab", null);

        assertThat(Connectors.boardUrl(gitlab)).hasToString(
                "https://boards-api.greenhouse.io/v1/boards/gitlab/jobs?content=true");
    }

    @Test
    void remoteOkBoardUrlIsTheApiUnlessConfigured() {
        SourceConfig remoteOk = new SourceConfig("remoteok", SourceKind.REMOTEOK, null, null);
        SourceConfig mirror = new SourceConfig("mirror", SourceKind.REMOTEOK, null,
                URI.create("http://localhost:8080/api"));

        assertThat(Connectors.boardUrl(remoteOk)).hasToString("https://remoteok.com/api");
        assertThat(Connectors.boardUrl(mirror)).hasToString("http://localhost:8080/api");
    }
}
