package org.youthjustice.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The mixed load's pool of cases led by {@code W0001} or {@code W0002} ({@link CasePool}'s, found again or referred
 * before the clock starts), idle ones queued by their lead. A case is in one operation at a time: a worker's read,
 * visit or service takes one of the cases they lead, a supervisor's swap the longest idle case of the worker who leads
 * more idle ones (so that both keep cases to work on), and each gives it back with its lead and latest ETag.
 */
final class LeadCases {

    private final Map<String, BlockingQueue<CasePool.PooledCase>> idle = new LinkedHashMap<>();
    private final List<String> workers;

    LeadCases(List<String> workers, List<CasePool.PooledCase> cases) {
        this.workers = List.copyOf(workers);
        for (String worker : workers) {
            idle.put(worker, new LinkedBlockingQueue<>());
        }
        cases.forEach(this::giveBack);
    }

    /** An idle case led by {@code worker}, waiting for one at most {@code within}. */
    CasePool.PooledCase takeLedBy(String worker, Duration within) throws InterruptedException {
        CasePool.PooledCase next = idle.get(worker).poll(within.toNanos(), TimeUnit.NANOSECONDS);
        if (next == null) {
            throw new IllegalStateException("no case led by " + worker + " came back within " + within.toSeconds()
                    + " s");
        }
        return next;
    }

    /** The longest idle case of the worker with more idle cases, waiting for one at most {@code within}. */
    CasePool.PooledCase takeForSwap(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            BlockingQueue<CasePool.PooledCase> fuller = null;
            for (BlockingQueue<CasePool.PooledCase> queue : idle.values()) {
                if (fuller == null || queue.size() > fuller.size()) {
                    fuller = queue;
                }
            }
            CasePool.PooledCase next = fuller.poll();
            if (next != null) {
                return next;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no case of the pool came back within " + within.toSeconds() + " s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    void giveBack(CasePool.PooledCase pooled) {
        BlockingQueue<CasePool.PooledCase> queue = idle.get(pooled.workerId());
        if (queue == null) {
            throw new IllegalStateException("case " + pooled.reference() + " is led by " + pooled.workerId()
                    + ", not by " + workers);
        }
        queue.add(pooled);
    }

    /** The worker a swap of a case led by {@code workerId} makes its lead. */
    String other(String workerId) {
        return workers.get(0).equals(workerId) ? workers.get(1) : workers.get(0);
    }

    /** Idle cases per worker now. */
    Map<String, Integer> idleByWorker() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        idle.forEach((worker, queue) -> counts.put(worker, queue.size()));
        return counts;
    }
}
