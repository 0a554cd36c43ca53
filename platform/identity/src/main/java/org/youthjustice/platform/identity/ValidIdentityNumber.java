package org.youthjustice.platform.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A valid PRC resident identity number ({@link IdentityNumber#parse(String)}); {@code null} is left to
 * {@code @NotNull}. The violation message says what is wrong (length, characters, check character, date of
 * birth) and never repeats the number.
 */
@Documented
@Constraint(validatedBy = ValidIdentityNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIdentityNumber {

    String DEFAULT_MESSAGE = "must be a valid resident identity number";

    /** Left as it is, the message says which check failed. */
    String message() default DEFAULT_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidIdentityNumber, String> {

        private boolean saysWhy;

        @Override
        public void initialize(ValidIdentityNumber constraint) {
            saysWhy = DEFAULT_MESSAGE.equals(constraint.message());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                IdentityNumber.parse(value);
                return true;
            } catch (InvalidIdentityNumberException e) {
                if (!saysWhy) {
                    return false;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(e.reason().message()).addConstraintViolation();
                return false;
            }
        }
    }
}
