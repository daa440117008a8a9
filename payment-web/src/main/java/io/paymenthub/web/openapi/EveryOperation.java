package io.paymenthub.web.openapi;

import io.paymenthub.web.observability.RequestIdFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What the hub's filters give every operation, added once here instead of on each method: the request id, the
 * {@code 500}; on the merchant API the {@code 401}, and on its POSTs (each idempotent: {@code PaymentHubApiTest}
 * holds them to it) the {@code Idempotency-Key} with its {@code 409} and {@code 422}; on a request body the
 * {@code 400} and {@code 413} of the body's checks.
 */
public class EveryOperation implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .forEach((method, operation) -> complete(method, operation)));
    }

    private static void complete(PathItem.HttpMethod method, Operation operation) {
        operation.addParameter(OASFactory.createParameter().ref(ApiDoc.REQUEST_ID));
        boolean merchant = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (merchant && method == PathItem.HttpMethod.POST) {
            operation.addParameter(OASFactory.createParameter().ref(ApiDoc.IDEMPOTENCY_KEY));
            problem(operation, 409);
            problem(operation, 422);
        }
        if (merchant) {
            problem(operation, 401);
        }
        if (operation.getRequestBody() != null) {
            problem(operation, 400);
            problem(operation, 413);
        }
        problem(operation, 500);
        operation.getResponses().getAPIResponses().values().stream().filter(response -> response.getRef() == null)
                .forEach(response -> response.addHeader(RequestIdFilter.HEADER,
                        OASFactory.createHeader().ref(ApiDoc.REQUEST_ID)));
    }

    private static void problem(Operation operation, int status) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        String code = Integer.toString(status);
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(ApiContract.responseName(status)));
        }
    }
}
