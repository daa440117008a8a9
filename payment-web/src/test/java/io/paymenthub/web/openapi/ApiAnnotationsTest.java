package io.paymenthub.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.problem.ProblemCode;
import io.paymenthub.web.idempotency.Idempotent;
import io.paymenthub.web.security.MerchantApi;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint documents itself as the contract needs: an operation id and summary, a success with a schema, only
 * statuses the hub answers with, the bearer scheme exactly on the merchant API, and (what {@link EveryOperation}
 * counts on) every merchant POST idempotent.
 */
class ApiAnnotationsTest {

    /** The successes the resources answer with, and the problems' statuses ({@link ProblemCode}). */
    private static final Set<String> STATUSES = Stream.concat(Stream.of("200", "201", "202", "302", "303"),
            Arrays.stream(ProblemCode.values()).map(code -> Integer.toString(code.status())))
            .collect(Collectors.toSet());

    @Test
    void every_endpoint_has_an_operation_id_a_summary_and_a_success_with_its_schema() throws Exception {
        List<String> faults = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Method method : endpoints()) {
            Operation operation = method.getAnnotation(Operation.class);
            String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            if (operation != null && operation.hidden()) {
                continue;
            }
            if (operation == null || operation.operationId().isBlank() || operation.summary().isBlank()) {
                faults.add(name + ": no @Operation with an operationId and a summary");
                continue;
            }
            if (!ids.add(operation.operationId())) {
                faults.add(name + ": operationId " + operation.operationId() + " is used twice");
            }
            APIResponse[] responses = method.getAnnotationsByType(APIResponse.class);
            List<APIResponse> successes = Arrays.stream(responses)
                    .filter(response -> response.responseCode().startsWith("2")).toList();
            boolean redirects = Arrays.stream(responses).anyMatch(response -> response.responseCode().startsWith("3"));
            if (successes.isEmpty() && !redirects) {
                faults.add(name + ": documents no success");
            }
            successes.stream().filter(response -> response.content().length == 0
                            || Arrays.stream(response.content()).anyMatch(content -> !hasSchema(content)))
                    .forEach(response -> faults.add(name + ": " + response.responseCode() + " has no schema"));
            Arrays.stream(responses).map(APIResponse::responseCode).filter(code -> !STATUSES.contains(code))
                    .forEach(code -> faults.add(name + ": documents " + code + ", which the hub never answers"));
            Arrays.stream(responses).filter(response -> !response.responseCode().matches("[23]..")
                            && response.ref().isEmpty() && response.content().length == 0)
                    .forEach(response -> faults.add(name + ": " + response.responseCode() + " has no problem schema"));
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void the_bearer_scheme_is_on_the_merchant_api_and_nowhere_else() throws Exception {
        for (Method method : endpoints()) {
            Class<?> resource = method.getDeclaringClass();
            SecurityRequirement[] security = resource.getAnnotationsByType(SecurityRequirement.class);
            if (resource.isAnnotationPresent(MerchantApi.class)) {
                assertThat(security).as(resource.getSimpleName()).extracting(SecurityRequirement::name)
                        .containsExactly(ApiDoc.BEARER);
            } else {
                assertThat(security).as(resource.getSimpleName()).isEmpty();
            }
        }
    }

    @Test
    void every_post_of_the_merchant_api_is_idempotent_as_its_document_says() throws Exception {
        for (Method method : endpoints()) {
            if (method.isAnnotationPresent(POST.class)
                    && method.getDeclaringClass().isAnnotationPresent(MerchantApi.class)) {
                assertThat(method.isAnnotationPresent(Idempotent.class))
                        .as(method.getDeclaringClass().getSimpleName() + "." + method.getName()).isTrue();
            }
        }
    }

    @Test
    void every_problem_status_has_its_named_response() {
        for (ProblemCode code : ProblemCode.values()) {
            assertThat(ApiContract.responseName(code.status())).isNotBlank();
        }
    }

    private static boolean hasSchema(org.eclipse.microprofile.openapi.annotations.media.Content content) {
        var schema = content.schema();
        return schema.implementation() != Void.class || !schema.ref().isEmpty()
                || schema.type() != org.eclipse.microprofile.openapi.annotations.enums.SchemaType.DEFAULT;
    }

    /** The JAX-RS resource methods compiled from this module's sources. */
    private static List<Method> endpoints() throws IOException, URISyntaxException, ClassNotFoundException {
        var root = Paths.get(ApiContract.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Method> endpoints = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("io/paymenthub/web"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ApiAnnotationsTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    Arrays.stream(type.getDeclaredMethods())
                            .filter(m -> Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType()
                                    .isAnnotationPresent(HttpMethod.class)))
                            .forEach(endpoints::add);
                }
            }
        }
        assertThat(endpoints).hasSizeGreaterThan(20);
        return endpoints;
    }
}
