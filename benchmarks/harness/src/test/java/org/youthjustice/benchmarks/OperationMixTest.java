package org.youthjustice.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationMixTest {

    @Test
    void everyCycleHoldsEachOperationExactlyItsWeight() {
        OperationMix<DayOperation.Slot> mix = DayOperation.mix();

        Map<DayOperation.Slot, Integer> counts = mix.counts(10L * mix.totalWeight());

        mix.weights().forEach((slot, weight) -> assertEquals(10 * weight, counts.get(slot), slot.toString()));
    }

    @Test
    void overAnyRunOfSlotsACountStaysWithinOneOfItsShare() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("read", 7);
        weights.put("write", 2);
        weights.put("export", 1);
        OperationMix<String> mix = new OperationMix<>(weights);

        for (int slots = 1; slots <= 95; slots++) {
            Map<String, Integer> counts = mix.counts(slots);
            for (Map.Entry<String, Integer> weight : weights.entrySet()) {
                double share = slots * weight.getValue() / 10.0;
                assertTrue(Math.abs(counts.get(weight.getKey()) - share) < 1.0 + 1e-9,
                        weight.getKey() + " after " + slots + " slots: " + counts.get(weight.getKey()) + " for "
                                + share);
            }
        }
    }

    @Test
    void aRareOperationIsSpreadOverTheCycleNotBunched() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("common", 98);
        weights.put("rare", 2);
        OperationMix<String> mix = new OperationMix<>(weights);

        int first = -1;
        int second = -1;
        for (int i = 0; i < 100; i++) {
            if (mix.at(i).equals("rare")) {
                if (first < 0) {
                    first = i;
                } else {
                    second = i;
                }
            }
        }
        assertEquals(50, second - first);
    }

    @Test
    void theDaysMixSumsToOneHundredAndNoUserPassesAFifth() {
        OperationMix<DayOperation.Slot> mix = DayOperation.mix();
        Map<String, Integer> byUser = new HashMap<>();
        mix.weights().forEach((slot, weight) -> byUser.merge(slot.user(), weight, Integer::sum));

        assertEquals(100, mix.totalWeight());
        byUser.forEach((user, weight) -> assertTrue(weight <= 20, user + " sends " + weight + " %"));
        for (DayOperation operation : DayOperation.values()) {
            assertTrue(mix.weights().keySet().stream().anyMatch(slot -> slot.operation() == operation),
                    operation + " is in the mix");
        }
    }

    @Test
    void aWeightBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OperationMix<>(Map.of("read", 0)));
    }
}
