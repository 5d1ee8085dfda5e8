package io.coachline.tracker.application;

import io.coachline.common.problem.ProblemException;
import io.coachline.common.security.Caller;
import io.coachline.common.security.SeekerAccess;
import io.coachline.tracker.people.Person;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Who may read or write an application. The seeker owns their log; their assigned coach and the
 * tenant admin may read it; nobody else learns that it exists (404). A coach never writes.
 */
@ApplicationScoped
public class ApplicationAccess {

    public Application readable(Caller caller, UUID id) {
        Application a = Application.findById(id);
        if (a == null || !mayRead(caller, a.seekerId)) {
            throw ProblemException.notFound("Application " + id);
        }
        return a;
    }

    public Application writable(Caller caller, UUID id) {
        Application a = Application.findById(id);
        if (a == null || !a.seekerId.equals(caller.id())) {
            throw ProblemException.notFound("Application " + id);
        }
        return a;
    }

    public boolean mayRead(Caller caller, UUID seekerId) {
        return SeekerAccess.mayRead(caller, seekerId, () -> {
            Person seeker = Person.findById(seekerId);
            return seeker == null ? null : seeker.coachId;
        });
    }
}
