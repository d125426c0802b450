package org.joblist.ingest.remoteok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RemoteOkTagsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void arrayGivesItsStringsInOrder() throws Exception {
        JsonNode tags = JSON.readTree("[\"react\", \" node \", \"\", 3]");

        assertThat(RemoteOkTags.of(tags)).containsExactly("react", "node", "3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"['react', 'node']", "['react', 'node'", "[\"react\", \"node\"]",
            "react, node", "'react','node',"})
    void pythonStyleListStringIsSplitIntoTags(String text) {
        assertThat(RemoteOkTags.of(JSON.getNodeFactory().textNode(text)))
                .containsExactly("react", "node");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"[]\"", "\"['\"", "null", "{}"})
    void emptyOrUnusableTagsGiveNone(String json) throws Exception {
        JsonNode tags = JSON.readTree(json);

        assertThat(RemoteOkTags.of(tags)).isEmpty();
    }
}
