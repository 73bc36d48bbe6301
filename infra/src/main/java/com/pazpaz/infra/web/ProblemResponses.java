package com.pazpaz.infra.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.pazpaz.infra.access.RefusedAccessAudit;
import com.pazpaz.infra.crypto.KeyDestroyedException;
import com.pazpaz.infra.crypto.NoDataKeyException;
import com.pazpaz.infra.resilience.DatabaseFailures;
import com.pazpaz.infra.resilience.StoreUnavailableProblem;
import com.pazpaz.kernel.audit.PhiAccessRefusedEvent;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 problem response. Validation is 422 with the offending fields listed;
 * nothing the caller sends can produce a 500. Details never echo submitted values, which may be PHI.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final HttpStatus UNPROCESSABLE = HttpStatus.UNPROCESSABLE_ENTITY;

    /** Absent in a process that serves no PHI; present, every 404 and 403 of a PHI endpoint is recorded. */
    private final ObjectProvider<RefusedAccessAudit> refusals;

    ProblemResponses(ObjectProvider<RefusedAccessAudit> refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler({RecordNotFoundException.class, AggregateNotFoundException.class})
    ProblemDetail notFound(RuntimeException e, HttpServletRequest request) {
        recordRefused(request, PhiAccessRefusedEvent.NOT_FOUND);
        String detail = e instanceof RecordNotFoundException ? e.getMessage() : "Resource not found";
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    ProblemDetail ruleViolated(BusinessRuleViolation e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> UNPROCESSABLE;
            case CONFLICT -> HttpStatus.CONFLICT;
            case GONE -> HttpStatus.GONE;
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case INSUFFICIENT_STORAGE -> HttpStatus.INSUFFICIENT_STORAGE;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        return ProblemDetail.forStatusAndDetail(status, e.getMessage());
    }

    /** Reached only when a record's data keys are gone before its aggregate knows: answered like the rule. */
    @ExceptionHandler(KeyDestroyedException.class)
    ProblemDetail erased(KeyDestroyedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "This record was erased");
    }

    @ExceptionHandler(NoDataKeyException.class)
    ProblemDetail noDataKey(NoDataKeyException e, HttpServletRequest request) {
        recordRefused(request, PhiAccessRefusedEvent.NOT_FOUND);
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Resource not found");
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.PRECONDITION_FAILED,
                "The record has changed since the version in If-Match (now version " + (e.getActualVersion() + 1)
                        + "); read it again");
    }

    /** A concurrent append took the record's next sequence number first (its first one: a creation race). */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "The record was changed by another request at the same moment; try again");
    }

    @ExceptionHandler(ValidationFailedException.class)
    ProblemDetail validationFailed(ValidationFailedException e) {
        return validationProblem(e.problems());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, HttpServletRequest request) {
        recordRefused(request, PhiAccessRefusedEvent.FORBIDDEN);
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You are not allowed to do this");
    }

    /** Before the answer leaves, as a read's record is (docs/audit.md, "Refused access"). */
    private void recordRefused(HttpServletRequest request, String reason) {
        refusals.ifAvailable(audit -> audit.recordRefused(request, reason));
    }

    @ExceptionHandler({IllegalArgumentException.class, ConstraintViolationException.class})
    ProblemDetail invalidArgument(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(UNPROCESSABLE, "Invalid request: " + safeMessage(e));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseFailures.isUnavailable(e)) {
            // the outage met before the probe noticed it: the caller may retry, as during the rest of it
            log.warn(
                    "Database unreachable while serving a request: {}",
                    e.getClass().getName());
            return StoreUnavailableProblem.response();
        }
        // Logged without the message's arguments: exceptions from deep down may quote data.
        log.error("Unexpected {} while serving a request", e.getClass().getName(), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "Internal error; quote the X-Correlation-Id header when reporting it"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            @NonNull MethodArgumentNotValidException e,
            @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status,
            @NonNull WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemResponses::fieldProblem)
                .toList();
        return ResponseEntity.status(UNPROCESSABLE).body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            @NonNull HandlerMethodValidationException e,
            @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status,
            @NonNull WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return ResponseEntity.status(UNPROCESSABLE).body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            @NonNull HttpMessageNotReadableException e,
            @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status,
            @NonNull WebRequest request) {
        List<FieldProblem> errors = List.of();
        if (e.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            errors = List.of(new FieldProblem(field, "has the wrong type or format"));
        }
        ProblemDetail problem = validationProblem(errors);
        problem.setDetail(errors.isEmpty() ? "The request body is not valid JSON" : "The request body is invalid");
        return ResponseEntity.status(UNPROCESSABLE).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            @NonNull org.springframework.beans.TypeMismatchException e,
            @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status,
            @NonNull WebRequest request) {
        String name =
                e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        return ResponseEntity.status(UNPROCESSABLE)
                .body(validationProblem(List.of(new FieldProblem(name, "has the wrong type or format"))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            @NonNull MissingServletRequestParameterException e,
            @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status,
            @NonNull WebRequest request) {
        return ResponseEntity.status(UNPROCESSABLE)
                .body(validationProblem(List.of(new FieldProblem(e.getParameterName(), "is required"))));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return validationProblem(List.of(new FieldProblem(e.getHeaderName(), "header is required")));
    }

    /** A 422 problem listing each offending field. */
    public static ProblemDetail validationProblem(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(UNPROCESSABLE, "Validation failed");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static FieldProblem fieldProblem(FieldError error) {
        return new FieldProblem(jsonName(error.getField()), error.getDefaultMessage());
    }

    /** The API's snake_case name of a Java property path ({@code tags[0]} stays as it is). */
    static String jsonName(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String safeMessage(RuntimeException e) {
        String message = e.getMessage();
        return message == null ? "malformed value" : message;
    }

    /** One invalid field and what is wrong with it (never its value). */
    public record FieldProblem(String field, String message) {}
}
