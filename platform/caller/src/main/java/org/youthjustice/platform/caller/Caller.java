package org.youthjustice.platform.caller;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The authenticated caller of the current request, as services need it: who it is, through which client, with
 * which roles, and the data scope its token grants. Services never parse tokens themselves.
 */
@RequestScoped
public class Caller {

    public static final String WORKER_ID = "worker_id";
    public static final String AGENCY_ID = "agency_id";
    public static final String OFFICE_CODE = "office_code";
    public static final String COURT_CODE = "court_code";
    public static final String DEPARTMENT_CODE = "department_code";

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /**
     * The stable id of the user or client ({@code sub}), for audit records.
     *
     * @throws UnauthorizedException (answered 401) when the request is anonymous
     */
    public String subject() {
        if (!isAuthenticated()) {
            throw new UnauthorizedException();
        }
        return token().map(JsonWebToken::getSubject).orElseGet(() -> identity.getPrincipal().getName());
    }

    /** {@code preferred_username}; absent for machine clients using client credentials. */
    public Optional<String> username() {
        return claim("preferred_username");
    }

    /** The OAuth client the token was issued to ({@code azp}), e.g. {@code mobile-app} or {@code partner-court-gz}. */
    public Optional<String> clientId() {
        return claim("azp");
    }

    /** The realm roles, from {@code realm_access.roles} or {@code groups}, as Quarkus OIDC mapped them. */
    public Set<String> roles() {
        return Set.copyOf(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    public Optional<String> workerId() {
        return claim(WORKER_ID);
    }

    public Optional<String> agencyId() {
        return claim(AGENCY_ID);
    }

    public Optional<String> officeCode() {
        return claim(OFFICE_CODE);
    }

    public Optional<String> courtCode() {
        return claim(COURT_CODE);
    }

    public Optional<String> departmentCode() {
        return claim(DEPARTMENT_CODE);
    }

    private Optional<JsonWebToken> token() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
    }

    /**
     * A claim as text. Keycloak attribute mappers may write a scope as a number or as a one-element array; both
     * are read. An array of several values names no single scope and reads as absent.
     */
    private Optional<String> claim(String name) {
        return token().map(jwt -> jwt.<Object>getClaim(name)).flatMap(Caller::text);
    }

    private static Optional<String> text(Object value) {
        if (value instanceof JsonArray array) {
            return array.size() == 1 ? text(array.get(0)) : Optional.empty();
        }
        if (value instanceof JsonString string) {
            return Optional.of(string.getString()).filter(s -> !s.isBlank());
        }
        if (value instanceof JsonValue json) {
            return json.getValueType() == JsonValue.ValueType.NULL ? Optional.empty() : Optional.of(json.toString());
        }
        return Optional.ofNullable(value).map(Object::toString).filter(s -> !s.isBlank());
    }
}
