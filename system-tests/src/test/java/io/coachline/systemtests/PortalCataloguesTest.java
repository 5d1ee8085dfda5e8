package io.coachline.systemtests;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal's English and Norwegian catalogues have the same keys and placeholders (node, no browser, no platform). */
class PortalCataloguesTest {

    @Test
    void englishAndNorwegianHaveTheSameKeys() throws Exception {
        Browser.ensureNode();
        Browser.Run run = Browser.exec(List.of("node", Browser.moduleDir().resolve("src/test/node/catalogues.cjs").toString()),
                Map.of(), 60);
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("OK catalogues"), run.output());
    }
}
