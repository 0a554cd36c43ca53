package org.youthjustice.platform.problem;

import java.util.List;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Makes the service's {@code ObjectMapper} read JSON strictly: a value that is not written as the API describes it
 * is refused, never guessed (DESIGN.md §5, "Input"). Quarkus applies this customizer to the mapper that reads every
 * request body, in every service that depends on this jar; {@link JsonProblemMapper} answers each refusal with 400
 * and the field named. Writing JSON is not affected, nor are events, which have a mapper of their own.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        // A repeated member would keep its last value, or fail deep inside Jackson with a 500 for a record.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // 1 (or "1") would be the second constant of an enum.
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // null would become 0 or false for an int or a boolean field.
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        // 1.5 would become 1.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // "12" would be taken for 12 and "true" for true, "" for null, and 0 or 1 for false or true.
        for (LogicalType scalar : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // A date-time would be accepted for a date, its time and zone dropped, and "...Z" for a local date-time.
        mapper.setDefaultLeniency(Boolean.FALSE);
        mapper.registerModule(new SimpleModule("youth-justice-strict-input")
                .addDeserializer(String.class, new StorableTextDeserializer())
                .addKeyDeserializer(String.class, new StorableKeyDeserializer())
                .setDeserializerModifier(new TemporalValueDeserializer.Wrapping()));
    }
}
