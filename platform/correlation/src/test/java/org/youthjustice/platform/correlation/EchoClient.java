package org.youthjustice.platform.correlation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "echo")
@Path("/probe")
public interface EchoClient {

    @GET
    @Path("/received-header")
    String receivedHeader();
}
