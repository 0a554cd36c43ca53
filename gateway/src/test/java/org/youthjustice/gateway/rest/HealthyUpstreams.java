package org.youthjustice.gateway.rest;

/** The four stub services and no route to a closed port: every upstream is up. */
public class HealthyUpstreams extends WireMockUpstreams {

    @Override
    protected boolean withDeadRoutes() {
        return false;
    }
}
