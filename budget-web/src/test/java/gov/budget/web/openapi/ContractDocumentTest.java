package gov.budget.web.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractDocumentTest {

    @Test
    void everyWriteListsTheConflictOfAUniqueKeyAndNoReadOrRemovalDoes() {
        Operation read = operation();
        Operation write = operation();
        Operation removal = operation();
        Operation ownConflict = operation();
        ownConflict.getResponses().addAPIResponse("409", OASFactory.createAPIResponse().description("The department exists"));
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/departments", OASFactory.createPathItem().GET(read).POST(write))
                .addPathItem("/departments/{code}", OASFactory.createPathItem().DELETE(removal))
                .addPathItem("/templates", OASFactory.createPathItem().PUT(ownConflict)));

        new ContractDocument().filterOpenAPI(document);

        assertFalse(read.getResponses().hasAPIResponse("409"), "a read is never refused by a unique key");
        assertFalse(removal.getResponses().hasAPIResponse("409"), "a removal appends nothing a unique key could refuse");
        APIResponse conflict = write.getResponses().getAPIResponse("409");
        assertNotNull(conflict, "a write lists 409");
        assertTrue(conflict.getContent().hasMediaType("application/problem+json"));
        assertEquals("The department exists", ownConflict.getResponses().getAPIResponse("409").getDescription(),
                "an operation's own description of its 409 is kept");
        assertTrue(ownConflict.getResponses().getAPIResponse("409").getContent().hasMediaType("application/problem+json"));
    }

    private static Operation operation() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }
}
