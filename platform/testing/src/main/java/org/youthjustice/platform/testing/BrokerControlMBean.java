package org.youthjustice.platform.testing;

/** Management interface of the shared test broker (see {@link KafkaResource#broker()}). */
public interface BrokerControlMBean {

    void start();

    void stop();
}
