package org.youthjustice.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;

/**
 * Moves one record of a batch to its channel's dead-letter topic, as SmallRye's {@code dead-letter-queue} strategy
 * does for a single record (same topic, key, value and headers), before the batch is acknowledged. A batch that
 * failed would have SmallRye dead-letter every record of it, so {@link EventInbox#processBatch} dead-letters the one
 * that failed itself and lets its batch-mates through. {@link DeadLetterReplay} reads these like any dead letter.
 */
@ApplicationScoped
class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final Map<String, Object> kafkaConfig;
    private final Config config;
    private final InboxConfig inboxConfig;
    private final ConsumerWaits waits;
    private Producer<String, String> producer;

    DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, Config config,
            InboxConfig inboxConfig, ConsumerWaits waits) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
        this.inboxConfig = inboxConfig;
        this.waits = waits;
    }

    /** The dead-letter topic of a channel: its {@code dead-letter-queue.topic}, or SmallRye's default. */
    static String topicOf(Config config, String channel) {
        return config.getOptionalValue("mp.messaging.incoming." + channel + ".dead-letter-queue.topic", String.class)
                .orElse("dead-letter-topic-" + channel);
    }

    /**
     * Sends the record to the channel's dead-letter topic and waits for the broker's acknowledgement, for as long as
     * the broker is away: the record is acknowledged on its own topic only once its dead letter is durable.
     *
     * @throws ConsumerStoppedException if the service stopped while the broker was away
     */
    void send(String channel, ConsumerRecord<String, String> record, Throwable reason) {
        var deadLetter = deadLetter(topicOf(config, channel), record, reason);
        var backoff = inboxConfig.backoff();
        for (;;) {
            try {
                producer().send(deadLetter).get(30, TimeUnit.SECONDS);
                LOG.warnf("record %s-%d@%d dead-lettered to %s: %s", record.topic(), record.partition(),
                        record.offset(), deadLetter.topic(), FailureKind.describe(reason));
                return;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                LOG.warnf("record %s-%d@%d could not be dead-lettered yet, retrying: %s", record.topic(),
                        record.partition(), record.offset(), e.toString());
                // a producer that failed may stay unusable (a fatal error of the idempotent producer): start afresh
                resetProducer();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConsumerStoppedException(channel, record);
            }
            if (!waits.pause(backoff)) {
                throw new ConsumerStoppedException(channel, record);
            }
            backoff = backoff.multipliedBy(2).compareTo(inboxConfig.maxBackoff()) <= 0 ? backoff.multipliedBy(2)
                    : inboxConfig.maxBackoff();
        }
    }

    private static ProducerRecord<String, String> deadLetter(String topic, ConsumerRecord<String, String> record,
            Throwable reason) {
        var deadLetter = new ProducerRecord<String, String>(topic, record.key(), record.value());
        header(deadLetter, "dead-letter-exception-class-name", reason.getClass().getName());
        header(deadLetter, EventHeaders.DEAD_LETTER_REASON, message(reason));
        if (reason.getCause() != null) {
            header(deadLetter, "dead-letter-cause-class-name", reason.getCause().getClass().getName());
            header(deadLetter, "dead-letter-cause", message(reason.getCause()));
        }
        header(deadLetter, "dead-letter-topic", record.topic());
        header(deadLetter, "dead-letter-partition", Integer.toString(record.partition()));
        header(deadLetter, "dead-letter-offset", Long.toString(record.offset()));
        record.headers().forEach(deadLetter.headers()::add);
        return deadLetter;
    }

    private static String message(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            var properties = KafkaClientSettings.of(kafkaConfig, ProducerConfig.configNames());
            properties.put(ProducerConfig.CLIENT_ID_CONFIG, "inbox-dead-letters");
            properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            producer = new KafkaProducer<>(properties);
        }
        return producer;
    }

    private synchronized void resetProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
