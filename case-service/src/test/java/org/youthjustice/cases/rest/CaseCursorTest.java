package org.youthjustice.cases.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.youthjustice.cases.Fixtures.admin;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.referred;

/**
 * Keyset pages of the case list (issue 16, item 3): following next from page to page reads the same cases in the same
 * order as the numbered pages, for every sort and direction, the cases without a period start included; a cursor
 * is refused when it is not one the list made for that sort.
 */
@QuarkusTest
class CaseCursorTest {

    private static final List<String> SORTS = List.of("-createdAt", "createdAt", "reference", "-reference",
            "periodStart", "-periodStart", "status", "-status");

    @Test
    void followingNextReadsEveryCaseOnceInTheOrderOfTheNumberedPages() {
        String office = fiveCases();

        for (String sort : SORTS) {
            List<String> numbered = references(list(office, sort, Map.of("size", 5)));
            assertEquals(5, numbered.size(), sort);

            List<String> followed = new ArrayList<>();
            String next = null;
            int pages = 0;
            do {
                Map<String, Object> query = next == null ? Map.of("size", 2) : Map.of("size", 2, "after", next);
                JsonPath page = list(office, sort, query);
                followed.addAll(references(page));
                assertEquals(5, page.getInt("total"), sort);
                assertEquals(true, page.getBoolean("totalExact"), sort);
                next = page.getString("next");
                pages++;
            } while (next != null);

            assertEquals(numbered, followed, sort);
            assertEquals(3, pages, sort);
        }
    }

    @Test
    void aNumberedPageGivesTheCursorOfThePageAfterIt() {
        String office = fiveCases();
        List<String> all = references(list(office, "reference", Map.of("size", 5)));

        String next = list(office, "reference", Map.of("size", 2, "page", 1)).getString("next");

        assertEquals(all.subList(4, 5), references(list(office, "reference", Map.of("size", 2, "after", next))));
        assertNull(list(office, "reference", Map.of("size", 5)).getString("next"));
    }

    @Test
    void theCursorKeepsToTheCallersScope() {
        String office = fiveCases();
        String next = list(office, "-createdAt", Map.of("size", 2)).getString("next");

        // an officer of another office follows a cursor of this office's list: it positions, it does not open
        given().auth().oauth2(judicialOfficer(freshOffice())).queryParam("after", next)
                .when().get("/cases")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(0))
                .body("next", nullValue());
    }

    @Test
    void aCursorOfAnotherSortOrNotMadeByTheListIsRefusedNamingAfter() {
        String office = fiveCases();
        String byReference = list(office, "reference", Map.of("size", 2)).getString("next");

        for (String after : List.of(byReference, "bm90LWEtY3Vyc29y", "x", "LWNyZWF0ZWRBdAo9bm90LWEtdGltZQox")) {
            given().auth().oauth2(admin()).queryParam("office", office).queryParam("sort", "-createdAt")
                    .queryParam("after", after)
                    .when().get("/cases")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("after"));
        }
        given().auth().oauth2(admin()).queryParam("after", "not a cursor!").when().get("/cases")
                .then().statusCode(400).body("errors.field", hasItem("after"));
        given().auth().oauth2(admin()).queryParam("office", office).queryParam("sort", "reference")
                .queryParam("after", byReference).queryParam("page", 1)
                .when().get("/cases")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("page"));
    }

    /** Five cases of a fresh office: three corrections with periods, two prevention cases without one. */
    private static String fiveCases() {
        String court = freshCourt();
        String office = freshOffice();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = correction(office);
            if (i % 2 == 1) {
                body.put("type", "PREVENTION");
                body.remove("correctionKind");
                body.remove("periodStart");
                body.remove("periodEnd");
                body.put("referralSource", "SCHOOL");
            } else {
                body.put("periodStart", "2027-0" + (i + 1) + "-01");
                body.put("periodEnd", "2028-0" + (i + 1) + "-01");
            }
            referred(court, body);
        }
        return office;
    }

    private static JsonPath list(String office, String sort, Map<String, Object> query) {
        return given().auth().oauth2(admin()).queryParam("office", office).queryParam("sort", sort)
                .queryParams(query)
                .when().get("/cases")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> references(JsonPath page) {
        return page.getList("items.reference", String.class);
    }
}
