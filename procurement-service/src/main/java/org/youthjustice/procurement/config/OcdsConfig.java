package org.youthjustice.procurement.config;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** How the service publishes its contracts in the Open Contracting Data Standard (OCDS 1.1). */
@ConfigMapping(prefix = "yjs.ocds")
public interface OcdsConfig {

    /**
     * The publisher's OCID prefix ({@code ocds-} and six characters, registered with the Open Contracting
     * Partnership); each contract's OCID is this prefix, a hyphen and the contract number.
     */
    @Pattern(regexp = "ocds-[a-z0-9]{6}")
    String ocidPrefix();

    /** The publisher named in every release package. */
    @NotBlank
    String publisherName();
}
