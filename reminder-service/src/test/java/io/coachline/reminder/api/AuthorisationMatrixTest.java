package io.coachline.reminder.api;

import io.coachline.common.people.Client;
import io.coachline.common.tenancy.TenantScope;
import io.coachline.reminder.reminders.Fixtures;
import io.coachline.testsupport.AuthorisationMatrix;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every operation of the reminder-service's OpenAPI document × every kind of caller, against authorisation-matrix.txt. */
@QuarkusTest
class AuthorisationMatrixTest {

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        // the coach's and admin's cells need fjord-seeker1 projected, whichever test class ran first
        ReminderApiTest.people();
        assertNotNull(Fixtures.eventually(() -> TenantScope.call("fjord", () -> QuarkusTransaction.requiringNew()
                .call(() -> Client.findById(ReminderApiTest.SEEKER1)))), "fjord-seeker1 projected");
        String id = ReminderApiTest.reminderOfSeeker1();
        AuthorisationMatrix.verify("authorisation-matrix.txt", Map.of(
                "/api/reminders/{id}", "/api/reminders/" + id,
                "/api/reminders/{id}/done", "/api/reminders/" + id + "/done",
                "/api/reminders/{id}/dismiss", "/api/reminders/" + id + "/dismiss",
                "/api/reminders/{id}/snooze", "/api/reminders/" + id + "/snooze",
                "/api/clients/{seekerId}/reminders", "/api/clients/" + ReminderApiTest.SEEKER1 + "/reminders",
                "/api/calendar/{token}.ics", "/api/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics",
                "/api/settings/unsubscribe/{token}", "/api/settings/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "/api/policy/templates/{rule}/{locale}", "/api/policy/templates/F1/en"));
    }
}
