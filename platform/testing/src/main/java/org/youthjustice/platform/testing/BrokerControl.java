package org.youthjustice.platform.testing;

/** The shared test broker as an MBean, so that test code in any class loader can stop and start it. */
public class BrokerControl implements BrokerControlMBean {

    private final EmbeddedKafka kafka;

    public BrokerControl(EmbeddedKafka kafka) {
        this.kafka = kafka;
    }

    @Override
    public void start() {
        kafka.start();
    }

    @Override
    public void stop() {
        kafka.stop();
    }
}
