package org.factdesk.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class FactDeskConfigTest {
    @Test
    void theLaunchersPropertiesBecomeTheStartsConfiguration() {
        Properties p = new Properties();
        p.setProperty("factdesk.openFile", "/tmp/article.html");
        p.setProperty("factdesk.dark", "true");
        p.setProperty("factdesk.warmUp", "false");
        p.setProperty("factdesk.meaning", "false");
        p.setProperty("factdesk.launchedAt", "1765000000000");
        p.setProperty("factdesk.exitAfterFirstWindow", "true");
        FactDeskConfig c = FactDeskConfig.fromProperties(p);
        assertThat(c.openFile()).isEqualTo(Path.of("/tmp/article.html"));
        assertThat(c.dark()).isTrue();
        assertThat(c.warmUpClaimFinder()).isFalse();
        assertThat(c.readMeaning()).isFalse();
        assertThat(c.launchedAt()).isEqualTo(1765000000000L);
        assertThat(c.exitAfterFirstWindow()).isTrue();
        assertThat(c.startupMarks()).isFalse();
    }

    @Test
    void nothingGivenIsAPlainStartThatFollowsThePreferences() {
        FactDeskConfig c = FactDeskConfig.fromProperties(new Properties());
        assertThat(c).isEqualTo(FactDeskConfig.defaults());
        assertThat(c.dark()).as("the reviewer's choice decides").isNull();
        assertThat(c.warmUpClaimFinder()).isTrue();
        assertThat(c.readMeaning()).isTrue();
    }

    @Test
    void aLaunchTimeThatIsNotEpochMillisIsIgnored() {
        Properties p = new Properties();
        p.setProperty("factdesk.launchedAt", "yesterday");
        assertThat(FactDeskConfig.fromProperties(p).launchedAt()).isNull();
    }

    @Test
    void theFileToOpenIsMadeAbsoluteAndEachChangeIsANewConfig() {
        FactDeskConfig plain = FactDeskConfig.defaults();
        FactDeskConfig withFile = plain.withOpenFile(Path.of("relative.txt")).withDemo(true);
        assertThat(withFile.openFile()).isEqualTo(Path.of("relative.txt").toAbsolutePath());
        assertThat(withFile.demo()).isTrue();
        assertThat(plain.openFile()).isNull();
        assertThat(plain.demo()).isFalse();
    }
}
