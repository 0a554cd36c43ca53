package org.youthjustice.platform.messaging;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;

/**
 * The failure strategy of every consuming channel ({@code failure-strategy=yjs-inbox}, the platform's default): a
 * record the inbox gave up on goes to the dead-letter topic as with SmallRye's {@code dead-letter-queue}, except
 * a record that was never handled because the service is stopping ({@link ConsumerStoppedException}), which stays
 * unacknowledged so that it is delivered again after the restart instead of being dead-lettered.
 */
@ApplicationScoped
@Identifier(InboxFailureStrategy.NAME)
public class InboxFailureStrategy implements KafkaFailureHandler.Factory {

    public static final String NAME = "yjs-inbox";

    private static final Logger LOG = Logger.getLogger(InboxFailureStrategy.class);

    private final KafkaFailureHandler.Factory deadLetterQueue;

    InboxFailureStrategy(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
                         KafkaFailureHandler.Factory deadLetterQueue) {
        this.deadLetterQueue = deadLetterQueue;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        var deadLetters = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (stopped(reason)) {
                    LOG.infof("record %s-%d@%d left for redelivery: the service is stopping", record.getTopic(),
                            record.getPartition(), record.getOffset());
                    return Uni.createFrom().voidItem();
                }
                return deadLetters.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                deadLetters.terminate();
            }
        };
    }

    private static boolean stopped(Throwable reason) {
        for (var cause = reason; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConsumerStoppedException) {
                return true;
            }
        }
        return false;
    }
}
