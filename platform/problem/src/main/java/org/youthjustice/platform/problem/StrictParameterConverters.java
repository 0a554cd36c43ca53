package org.youthjustice.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads boolean and date path and query parameters strictly, naming the parameter when it refuses one. Jakarta
 * REST takes a boolean with {@code Boolean.valueOf}, so {@code ?acknowledged=maybe} means {@code false}; here only
 * {@code true} and {@code false} (in any case) are accepted. Dates and instants are read as ISO 8601, as Quarkus
 * reads them, and must lie in {@link TemporalRange}: a filter on the year 1000000000 would fail in PostgreSQL as a
 * 500. Quarkus asks this provider before its own converters, so a parameter with {@code @DateFormat} is read as
 * ISO 8601 all the same.
 */
@Provider
public class StrictParameterConverters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, TemporalAccessor>> TEMPORAL_PARSERS = Map.of(
            Instant.class, Instant::parse,
            LocalDate.class, LocalDate::parse,
            LocalDateTime.class, LocalDateTime::parse,
            OffsetDateTime.class, OffsetDateTime::parse,
            ZonedDateTime.class, ZonedDateTime::parse,
            YearMonth.class, YearMonth::parse);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String parameter = nameOf(annotations);
        if (parameter == null) {
            return null;
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new StrictBoolean(parameter);
        }
        Function<String, TemporalAccessor> parser = TEMPORAL_PARSERS.get(rawType);
        return parser == null ? null : (ParamConverter<T>) new RangedTemporal(parameter, parser);
    }

    /** The name a path or query parameter has in the URL; null for any other kind of parameter. */
    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return null;
    }

    private record StrictBoolean(String parameter) implements ParamConverter<Boolean> {

        @Override
        public Boolean fromString(String value) {
            if ("true".equalsIgnoreCase(value)) {
                return Boolean.TRUE;
            }
            if ("false".equalsIgnoreCase(value)) {
                return Boolean.FALSE;
            }
            throw new RefusedParameter(parameter, "type", "must be true or false");
        }

        @Override
        public String toString(Boolean value) {
            return value.toString();
        }
    }

    private record RangedTemporal(String parameter, Function<String, TemporalAccessor> parser)
            implements ParamConverter<TemporalAccessor> {

        @Override
        public TemporalAccessor fromString(String value) {
            TemporalAccessor temporal;
            try {
                temporal = parser.apply(value);
            } catch (DateTimeParseException e) {
                throw new RefusedParameter(parameter, "type", "must be an ISO 8601 date or instant");
            }
            if (!TemporalRange.contains(temporal)) {
                throw new RefusedParameter(parameter, TemporalRange.CODE, TemporalRange.MESSAGE);
            }
            return temporal;
        }

        @Override
        public String toString(TemporalAccessor value) {
            return value.toString();
        }
    }
}
