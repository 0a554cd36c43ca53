package org.youthjustice.worker.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.worker.service.TrainingService;

import java.math.BigDecimal;
import java.util.List;

@Schema(description = "A worker's training in one calendar year, with the total hours")
public record TrainingYearView(String workerId, int year, BigDecimal totalHours, List<TrainingView> trainings) {

    static TrainingYearView of(TrainingService.TrainingYear year) {
        return new TrainingYearView(year.workerId(), year.year(), year.totalHours(),
                year.trainings().stream().map(TrainingView::of).toList());
    }
}
