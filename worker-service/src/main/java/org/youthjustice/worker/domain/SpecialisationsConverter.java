package org.youthjustice.worker.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Specialisations as one comma-separated column: a small closed set, always read with the worker, so a join
 * table would cost a query per worker and buy nothing.
 */
@Converter
public class SpecialisationsConverter implements AttributeConverter<Set<Specialisation>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Specialisation> specialisations) {
        if (specialisations == null || specialisations.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(specialisations).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Specialisation> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return EnumSet.noneOf(Specialisation.class);
        }
        return Arrays.stream(column.split(",")).map(Specialisation::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Specialisation.class)));
    }
}
