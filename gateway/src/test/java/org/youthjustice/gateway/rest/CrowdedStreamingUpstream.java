package org.youthjustice.gateway.rest;

import java.util.Map;

/** {@link StreamingUpstream} behind a gateway with one connection per upstream for requests and one for streams. */
public class CrowdedStreamingUpstream extends StreamingUpstream {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        config.put("gateway.upstream.max-connections-per-upstream", "1");
        config.put("gateway.upstream.max-wait-queue", "1");
        config.put("gateway.upstream.max-streams-per-upstream", "1");
        return config;
    }
}
