package dev.backoff.demo;

import dev.backoff.demo.context.ContextProbeResource;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/** Calls the tests' {@link ContextProbeResource} over HTTP, as a client does. */
final class ProbeRequests {

    private ProbeRequests() {
    }

    /** The report of a request to {@code /test/context/<endpoint>/<call>}. */
    static ContextProbeResource.Report get(String endpoint, String call) {
        return given().accept(ContentType.JSON).get("/test/context/{endpoint}/{call}", endpoint, call)
                .then().statusCode(200).extract().as(ContextProbeResource.Report.class);
    }
}
