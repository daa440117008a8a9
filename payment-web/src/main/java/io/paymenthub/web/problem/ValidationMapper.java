package io.paymenthub.web.problem;

import static io.paymenthub.json.JsonFactory.JSON;

import io.paymenthub.problem.ProblemCode;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bean-validation failures of a request: 400 with the code of the first offending field ({@code amount} →
 * {@code invalid_amount}, …) and every violation listed in {@code errors}.
 */
@Provider
public class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Map<String, ProblemCode> CODES_BY_FIELD = Map.of(
            "amount", ProblemCode.INVALID_AMOUNT,
            "credits", ProblemCode.INVALID_AMOUNT,
            "currency", ProblemCode.INVALID_CURRENCY,
            "gateway", ProblemCode.UNKNOWN_GATEWAY,
            "returnUrl", ProblemCode.INVALID_URL,
            "notifyUrl", ProblemCode.INVALID_URL);

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream().map(Violation::of)
                .sorted(Comparator.comparing(Violation::field)).toList();
        ProblemCode code = violations.stream().map(v -> CODES_BY_FIELD.get(v.field()))
                .filter(java.util.Objects::nonNull).findFirst().orElse(ProblemCode.INVALID_REQUEST);
        JsonArrayBuilder errors = JSON.createArrayBuilder();
        violations.forEach(v -> errors.add(JSON.createObjectBuilder().add("field", v.field()).add("message", v.message())));
        String detail = violations.isEmpty() ? "Invalid request"
                : violations.get(0).field() + " " + violations.get(0).message();
        return Problems.of(code, detail, uri.getPath(), Map.of("errors", errors.build()));
    }

    record Violation(String field, String message) {
        static Violation of(ConstraintViolation<?> violation) {
            String field = "";
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                    field = field.isEmpty() ? node.getName() : field + "." + node.getName();
                }
            }
            return new Violation(field.isEmpty() ? "body" : field, violation.getMessage());
        }
    }
}
