package org.youthjustice.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A service's consumer of one incoming channel, as a bean, so that {@link DeadLetterReplay} can hand it the dead
 * letters of that channel again. Its {@code @Incoming} method hands a poll's records to
 * {@link EventInbox#processBatch}, which calls {@link #consume} for each, as the replay does:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class CaseEventsConsumer implements EventConsumer {
 *     @Incoming("cases")
 *     @Blocking
 *     void onCaseEvents(ConsumerRecords<String, String> records) {
 *         inbox.processBatch(this, records);
 *     }
 *
 *     public String channel() { return "cases"; }
 *
 *     public boolean consume(ConsumerRecord<String, String> record) {
 *         return inbox.process("caseload", record, caseloads::apply);
 *     }
 * }
 * }</pre>
 */
public interface EventConsumer {

    /** The incoming channel this consumer reads, as named in {@code mp.messaging.incoming.<channel>.*}. */
    String channel();

    /**
     * Hands one record to the inbox ({@link EventInbox#process}); within a batch, in the batch's transaction.
     *
     * @return true if the handler ran, false if the event had been processed before or is not one it handles
     */
    boolean consume(ConsumerRecord<String, String> record);
}
