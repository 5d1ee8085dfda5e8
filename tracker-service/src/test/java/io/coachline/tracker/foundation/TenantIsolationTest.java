package io.coachline.tracker.foundation;

import io.coachline.common.tenancy.TenantScope;
import io.coachline.testsupport.Tokens;
import io.coachline.tracker.people.Person;
import io.coachline.tracker.people.PersonRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class TenantIsolationTest {

    @Test
    void aRowWrittenUnderOneTenantIsInvisibleUnderTheOther() {
        UUID id = UUID.randomUUID();
        TenantScope.run("fjord", () -> QuarkusTransaction.requiringNew().run(() -> {
            Person p = new Person();
            p.id = id;
            p.role = PersonRole.SEEKER;
            p.username = "isolation-" + id;
            p.firstName = "Iso";
            p.lastName = "Lation";
            p.email = "iso@fjord.example";
            p.locale = "en";
            p.timeZone = "Europe/Oslo";
            p.createdAt = Instant.now();
            p.persist();
        }));

        Person seenByFjord = TenantScope.call("fjord", () -> QuarkusTransaction.requiringNew().call(() -> Person.findById(id)));
        Person seenByNordlys = TenantScope.call("nordlys", () -> QuarkusTransaction.requiringNew().call(() -> Person.findById(id)));
        long countedByNordlys = TenantScope.call("nordlys", () -> QuarkusTransaction.requiringNew()
                .call(() -> Person.count("username", "isolation-" + id)));

        assertNotNull(seenByFjord);
        assertEquals("fjord", seenByFjord.tenantId);
        assertNull(seenByNordlys);
        assertEquals(0, countedByNordlys);
    }

    @Test
    void withoutAnyTenantNothingIsRead() {
        List<Person> all = QuarkusTransaction.requiringNew().call(() -> Person.listAll());
        assertEquals(List.of(), all);
    }

    @Test
    void anAdminSeesOnlyTheirOwnTenantsPeople() {
        given().auth().oauth2(Tokens.accessToken("nordlys-admin"))
                .when().get("/api/people")
                .then().statusCode(200)
                .body("items.username", hasItem("nordlys-seeker1"))
                .body("items.username", everyItem(not(startsWith("fjord-"))));
    }

    @Test
    void anotherTenantsSeekerIsNotFound() {
        given().auth().oauth2(Tokens.accessToken("nordlys-admin"))
                .contentType("application/json")
                .body("{\"coachId\":\"" + Demo.NORDLYS_COACH1 + "\"}")
                .when().put("/api/assignments/" + Demo.FJORD_SEEKER1)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
