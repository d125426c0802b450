package org.joblist.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdbcUrlsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:file:./data/joblist | jdbc:h2:file:./data/joblist",
        "jdbc:h2:file:./data/joblist;USER=sa;PASSWORD=s3cret;AUTO_SERVER=TRUE"
                + " | jdbc:h2:file:./data/joblist;USER=sa;PASSWORD=***;AUTO_SERVER=TRUE",
        "jdbc:postgresql://db:5432/joblist?user=joblist&password=s3cret&ssl=true"
                + " | jdbc:postgresql://db:5432/joblist?user=joblist&password=***&ssl=true",
    })
    void masksThePasswordParameterOfAUrl(String url, String shown) {
        assertThat(JdbcUrls.redact(url)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:file:./data/joblist"
                + " | jdbc:h2:file:./data/joblist;TRACE_LEVEL_FILE=0;AUTO_SERVER=TRUE",
        "jdbc:h2:./data/joblist;TRACE_LEVEL_FILE=1"
                + " | jdbc:h2:./data/joblist;TRACE_LEVEL_FILE=1;AUTO_SERVER=TRUE",
        "jdbc:h2:file:./data/joblist;auto_server=false"
                + " | jdbc:h2:file:./data/joblist;auto_server=false;TRACE_LEVEL_FILE=0",
        "jdbc:h2:file:./data/joblist;FILE_LOCK=NO"
                + " | jdbc:h2:file:./data/joblist;FILE_LOCK=NO;TRACE_LEVEL_FILE=0",
        "jdbc:h2:mem:x;trace_level_file=2 | jdbc:h2:mem:x;trace_level_file=2",
        "jdbc:h2:tcp://db/joblist | jdbc:h2:tcp://db/joblist;TRACE_LEVEL_FILE=0",
        "jdbc:postgresql://db/joblist | jdbc:postgresql://db/joblist",
    })
    void turnsOffH2sTraceFileAndServesAnH2FileToOtherProcesses(String url, String connecting) {
        assertThat(JdbcUrls.forConnecting(url)).isEqualTo(connecting);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:file:./data/joblist"
                + " | jdbc:h2:file:./data/joblist;TRACE_LEVEL_FILE=0;AUTO_SERVER=TRUE"
                + ";IFEXISTS=TRUE",
        "jdbc:h2:./data/joblist;ifexists=false"
                + " | jdbc:h2:./data/joblist;ifexists=false;TRACE_LEVEL_FILE=0;AUTO_SERVER=TRUE",
        "jdbc:h2:mem:x | jdbc:h2:mem:x;TRACE_LEVEL_FILE=0",
        "jdbc:h2:tcp://db/joblist | jdbc:h2:tcp://db/joblist;TRACE_LEVEL_FILE=0",
        "jdbc:postgresql://db/joblist?ssl=true | jdbc:postgresql://db/joblist?ssl=true",
    })
    void opensAnExistingH2FileOnlyAndLeavesOtherUrlsAsForConnecting(String url, String connecting) {
        assertThat(JdbcUrls.forConnectingToExisting(url)).isEqualTo(connecting);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:file:./data/joblist | data/joblist.mv.db",
        "jdbc:h2:./data/../store/joblist;AUTO_SERVER=TRUE | store/joblist.mv.db",
        "jdbc:h2:file:/srv/joblist/store;IFEXISTS=TRUE | /srv/joblist/store.mv.db",
    })
    void findsTheFileOfAnH2FileUrlFromTheWorkingDirectory(String url, String file) {
        assertThat(JdbcUrls.h2File(url)).isEqualTo(Path.of(file).toAbsolutePath());
    }

    @Test
    void findsTheFileOfAnH2FileUrlInTheHomeDirectory() {
        assertThat(JdbcUrls.h2File("jdbc:h2:~/joblist/store"))
                .isEqualTo(Path.of(System.getProperty("user.home"), "joblist/store.mv.db"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:file:./data/joblist | h2",
        "jdbc:h2:mem:x | h2",
        "jdbc:postgresql://db:5432/joblist?ssl=true | postgresql",
        "jdbc:postgresql:joblist | postgresql",
    })
    void namesTheVendorWhoseMigrationFolderAppliesToo(String url, String vendor) {
        assertThat(JdbcUrls.vendor(url)).isEqualTo(vendor);
    }
}
