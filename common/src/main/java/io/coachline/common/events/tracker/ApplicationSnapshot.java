package io.coachline.common.events.tracker;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The whole application as tracker-service had it after a change (state transfer). Every date is
 * when the fact happened; only {@code createdAt} and {@code updatedAt} are when it was typed in.
 * Enumerations stay text here: a consumer maps them and tolerates values it does not know yet.
 */
public record ApplicationSnapshot(UUID id, UUID seekerId, String employer, String position, String adUrl,
                                  String location, String sector, String source, Integer priority, String stage,
                                  OffsetDateTime stageSince, LocalDate appliedOn, String notes,
                                  OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime lastContactAt,
                                  LocalDate nextPlannedContactOn, LocalDate decisionExpectedBy,
                                  List<Contact> contacts, List<Interview> interviews,
                                  List<Interaction> interactions, List<StageMove> stageHistory) {

    public record Contact(UUID id, String name, String role, String email, String phone, String preferredContactTime) {
    }

    public record Interview(UUID id, int round, OffsetDateTime scheduledAt, String format, List<UUID> panel,
                            OffsetDateTime completedAt, LocalDate decisionExpectedBy, String notes) {
    }

    public record Interaction(UUID id, OffsetDateTime at, String channel, String direction, UUID contactId,
                              String purpose, String summary, String outcome) {
    }

    public record StageMove(String from, String to, OffsetDateTime at, String note, boolean reopen) {
    }
}
