package org.youthjustice.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The re-encryption job that moves identity tokens to the primary key after a key rotation. */
@ConfigMapping(prefix = "yjs.identity.reencrypt")
public interface ReencryptionConfig {

    /** How often the job looks for tokens under an old key (a Quarkus duration, or {@code off}). */
    @WithDefault("1h")
    String every();

    /** Cases re-encrypted per transaction; each replica locks its own batch. */
    @WithDefault("200")
    @Min(1)
    @Max(5000)
    int batchSize();
}
