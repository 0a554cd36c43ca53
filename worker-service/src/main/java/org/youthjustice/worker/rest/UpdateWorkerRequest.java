package org.youthjustice.worker.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.worker.domain.Qualification;
import org.youthjustice.worker.domain.Specialisation;
import org.youthjustice.worker.service.WorkerChanges;

import java.util.Optional;
import java.util.Set;

/**
 * A JSON merge patch of a worker (RFC 7396): an absent field stays as it is, {@code "qualification": null} removes
 * the qualification. A class with setters rather than a record, because only a setter tells an explicit null from
 * an absent field.
 */
@Schema(description = "Fields to change; an absent field stays as it is. A worker may change their own phone only.")
public class UpdateWorkerRequest {

    @Pattern(regexp = "\\+?[0-9]{7,15}", message = "must be 7 to 15 digits, optionally with a leading +")
    @Schema(examples = "13800000000")
    private String phone;

    @Valid
    @Schema(description = "The new qualification; null removes it", nullable = true)
    private Qualification qualification;

    @Schema(hidden = true)
    private boolean qualificationSent;

    private Set<@NotNull Specialisation> specialisations;

    private Boolean frontLine;

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Qualification getQualification() {
        return qualification;
    }

    public void setQualification(Qualification qualification) {
        this.qualification = qualification;
        this.qualificationSent = true;
    }

    public Set<Specialisation> getSpecialisations() {
        return specialisations;
    }

    public void setSpecialisations(Set<Specialisation> specialisations) {
        this.specialisations = specialisations;
    }

    public Boolean getFrontLine() {
        return frontLine;
    }

    public void setFrontLine(Boolean frontLine) {
        this.frontLine = frontLine;
    }

    @JsonIgnore
    WorkerChanges toChanges() {
        return new WorkerChanges(phone, qualificationSent ? Optional.ofNullable(qualification) : null,
                specialisations, frontLine);
    }
}
