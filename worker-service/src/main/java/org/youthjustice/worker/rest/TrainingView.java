package org.youthjustice.worker.rest;

import org.youthjustice.worker.domain.Training;

import java.math.BigDecimal;
import java.time.LocalDate;

public record TrainingView(long trainingId, String topic, String provider, String trainingBase, BigDecimal hours,
                           LocalDate heldOn) {

    static TrainingView of(Training training) {
        return new TrainingView(training.id, training.topic, training.provider, training.trainingBase,
                training.hours, training.heldOn);
    }
}
