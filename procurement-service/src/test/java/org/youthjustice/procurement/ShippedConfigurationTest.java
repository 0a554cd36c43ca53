package org.youthjustice.procurement;

import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.ShippedConfiguration;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShippedConfigurationTest {

    @Test
    void theJarCarriesNoTestKeysNorTestValues() {
        assertEquals(List.of(), ShippedConfiguration.testProfileKeys(),
                "test values belong in src/test/resources/META-INF/microprofile-config.properties");
    }
}
