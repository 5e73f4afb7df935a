package dev.backoff.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** What the page's API answers to a request it cannot serve: a status and a sentence that says why. */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class ScenarioApiTest {

    @Test
    void aBadNIsABadRequestThatSaysWhy() {
        for (String n : new String[] {"abc", "-1", "2.5"}) {
            given().queryParam("n", n).post("/api/scenarios/{id}/run", "basic-api")
                    .then().statusCode(400).contentType(containsString("text/plain"))
                    .body(equalTo("n must be a whole number from 0 (how many failures, polls... the scenario plays),"
                            + " not \"" + n + "\"."));
        }
    }

    @Test
    void anUnknownScenarioIsNotFoundAndSaysSo() {
        given().queryParam("n", 1).post("/api/scenarios/{id}/run", "nothing-like-it")
                .then().statusCode(404).body(containsString("There is no scenario nothing-like-it"));
    }
}
