package com.pazpaz.kernel.contract;

import com.pazpaz.kernel.appointment.AppointmentDeletedEvent;
import com.pazpaz.kernel.appointment.AppointmentDetailsEditedEvent;
import com.pazpaz.kernel.appointment.AppointmentRescheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentScheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentStatusChangedEvent;
import com.pazpaz.kernel.attachment.AttachmentDeletedEvent;
import com.pazpaz.kernel.attachment.AttachmentPurgedEvent;
import com.pazpaz.kernel.attachment.AttachmentRenamedEvent;
import com.pazpaz.kernel.attachment.AttachmentUploadedEvent;
import com.pazpaz.kernel.audit.AuditHistoryImportedEvent;
import com.pazpaz.kernel.audit.DeadLetterSkippedEvent;
import com.pazpaz.kernel.audit.PhiAccessRefusedEvent;
import com.pazpaz.kernel.audit.PhiAccessedEvent;
import com.pazpaz.kernel.audit.TokenMintedEvent;
import com.pazpaz.kernel.careplan.CarePlanActivatedEvent;
import com.pazpaz.kernel.careplan.CarePlanClosedEvent;
import com.pazpaz.kernel.careplan.CarePlanCreatedEvent;
import com.pazpaz.kernel.careplan.CarePlanDraftSavedEvent;
import com.pazpaz.kernel.careplan.CarePlanRevisedEvent;
import com.pazpaz.kernel.client.ClientArchivedEvent;
import com.pazpaz.kernel.client.ClientDetailsRevisedEvent;
import com.pazpaz.kernel.client.ClientErasedEvent;
import com.pazpaz.kernel.client.ClientReactivatedEvent;
import com.pazpaz.kernel.client.ClientRegisteredEvent;
import com.pazpaz.kernel.location.LocationArchivedEvent;
import com.pazpaz.kernel.location.LocationCreatedEvent;
import com.pazpaz.kernel.location.LocationDeletedEvent;
import com.pazpaz.kernel.location.LocationDetailsRevisedEvent;
import com.pazpaz.kernel.location.LocationReactivatedEvent;
import com.pazpaz.kernel.location.LocationRenamedEvent;
import com.pazpaz.kernel.series.AppointmentSeriesBookedEvent;
import com.pazpaz.kernel.series.AppointmentSeriesEndedEvent;
import com.pazpaz.kernel.series.AppointmentSeriesExtendedEvent;
import com.pazpaz.kernel.series.AppointmentSeriesRescheduledEvent;
import com.pazpaz.kernel.service.ServiceArchivedEvent;
import com.pazpaz.kernel.service.ServiceCreatedEvent;
import com.pazpaz.kernel.service.ServiceDeletedEvent;
import com.pazpaz.kernel.service.ServiceDetailsRevisedEvent;
import com.pazpaz.kernel.service.ServicePriceChangedEvent;
import com.pazpaz.kernel.service.ServiceReactivatedEvent;
import com.pazpaz.kernel.service.ServiceRenamedEvent;
import com.pazpaz.kernel.session.SessionAmendedEvent;
import com.pazpaz.kernel.session.SessionDraftCreatedEvent;
import com.pazpaz.kernel.session.SessionDraftSavedEvent;
import com.pazpaz.kernel.session.SessionFinalizedEvent;
import com.pazpaz.kernel.session.SessionGoalProgressRecordedEvent;
import com.pazpaz.kernel.session.SessionPurgedEvent;
import com.pazpaz.kernel.session.SessionRestoredEvent;
import com.pazpaz.kernel.session.SessionSoftDeletedEvent;
import com.pazpaz.kernel.session.SessionUnfinalizedEvent;
import com.pazpaz.kernel.workspace.AssistantAddedEvent;
import com.pazpaz.kernel.workspace.UserDeactivatedEvent;
import com.pazpaz.kernel.workspace.UserErasedEvent;
import com.pazpaz.kernel.workspace.UserReactivatedEvent;
import com.pazpaz.kernel.workspace.UserRoleChangedEvent;
import com.pazpaz.kernel.workspace.WorkspaceAvailableHoursSetEvent;
import com.pazpaz.kernel.workspace.WorkspaceCreatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceDeactivatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceReactivatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceStorageQuotaChangedEvent;
import java.util.Map;
import java.util.Optional;

/**
 * The one home of the published name of every event: the CloudEvents {@code type} a record on Kafka carries
 * ({@code pazpaz.<context>.<event>.v<major>}). The names are written out, not derived from the Java classes, so
 * that renaming or moving a class never changes the contract; a breaking change to an event's JSON gets a new
 * major ({@code .v2}) beside the old one (docs/consumers.md, "Schema evolution").
 */
public final class EventTypes {

    private static final Map<Class<?>, String> TYPES = Map.ofEntries(
            Map.entry(AppointmentDeletedEvent.class, "pazpaz.appointment.deleted.v1"),
            Map.entry(AppointmentDetailsEditedEvent.class, "pazpaz.appointment.details_edited.v1"),
            Map.entry(AppointmentRescheduledEvent.class, "pazpaz.appointment.rescheduled.v1"),
            Map.entry(AppointmentScheduledEvent.class, "pazpaz.appointment.scheduled.v1"),
            Map.entry(AppointmentStatusChangedEvent.class, "pazpaz.appointment.status_changed.v1"),
            Map.entry(AttachmentDeletedEvent.class, "pazpaz.attachment.deleted.v1"),
            Map.entry(AttachmentPurgedEvent.class, "pazpaz.attachment.purged.v1"),
            Map.entry(AttachmentRenamedEvent.class, "pazpaz.attachment.renamed.v1"),
            Map.entry(AttachmentUploadedEvent.class, "pazpaz.attachment.uploaded.v1"),
            Map.entry(AuditHistoryImportedEvent.class, "pazpaz.audit.history_imported.v1"),
            Map.entry(PhiAccessedEvent.class, "pazpaz.audit.phi_accessed.v1"),
            Map.entry(PhiAccessRefusedEvent.class, "pazpaz.audit.phi_access_refused.v1"),
            Map.entry(TokenMintedEvent.class, "pazpaz.audit.token_minted.v1"),
            Map.entry(DeadLetterSkippedEvent.class, "pazpaz.audit.dead_letter_skipped.v1"),
            Map.entry(CarePlanActivatedEvent.class, "pazpaz.care_plan.activated.v1"),
            Map.entry(CarePlanClosedEvent.class, "pazpaz.care_plan.closed.v1"),
            Map.entry(CarePlanCreatedEvent.class, "pazpaz.care_plan.created.v1"),
            Map.entry(CarePlanDraftSavedEvent.class, "pazpaz.care_plan.draft_saved.v1"),
            Map.entry(CarePlanRevisedEvent.class, "pazpaz.care_plan.revised.v1"),
            Map.entry(ClientArchivedEvent.class, "pazpaz.client.archived.v1"),
            Map.entry(ClientDetailsRevisedEvent.class, "pazpaz.client.details_revised.v2"),
            Map.entry(ClientErasedEvent.class, "pazpaz.client.erased.v1"),
            Map.entry(ClientReactivatedEvent.class, "pazpaz.client.reactivated.v1"),
            Map.entry(ClientRegisteredEvent.class, "pazpaz.client.registered.v2"),
            Map.entry(LocationArchivedEvent.class, "pazpaz.location.archived.v1"),
            Map.entry(LocationCreatedEvent.class, "pazpaz.location.created.v1"),
            Map.entry(LocationDeletedEvent.class, "pazpaz.location.deleted.v1"),
            Map.entry(LocationDetailsRevisedEvent.class, "pazpaz.location.details_revised.v1"),
            Map.entry(LocationReactivatedEvent.class, "pazpaz.location.reactivated.v1"),
            Map.entry(LocationRenamedEvent.class, "pazpaz.location.renamed.v1"),
            Map.entry(AppointmentSeriesBookedEvent.class, "pazpaz.appointment_series.booked.v1"),
            Map.entry(AppointmentSeriesEndedEvent.class, "pazpaz.appointment_series.ended.v1"),
            Map.entry(AppointmentSeriesExtendedEvent.class, "pazpaz.appointment_series.extended.v1"),
            Map.entry(AppointmentSeriesRescheduledEvent.class, "pazpaz.appointment_series.rescheduled.v1"),
            Map.entry(ServiceArchivedEvent.class, "pazpaz.service.archived.v1"),
            Map.entry(ServiceCreatedEvent.class, "pazpaz.service.created.v1"),
            Map.entry(ServiceDeletedEvent.class, "pazpaz.service.deleted.v1"),
            Map.entry(ServiceDetailsRevisedEvent.class, "pazpaz.service.details_revised.v1"),
            Map.entry(ServicePriceChangedEvent.class, "pazpaz.service.price_changed.v1"),
            Map.entry(ServiceReactivatedEvent.class, "pazpaz.service.reactivated.v1"),
            Map.entry(ServiceRenamedEvent.class, "pazpaz.service.renamed.v1"),
            Map.entry(SessionAmendedEvent.class, "pazpaz.session.amended.v1"),
            Map.entry(SessionDraftCreatedEvent.class, "pazpaz.session.draft_created.v1"),
            Map.entry(SessionDraftSavedEvent.class, "pazpaz.session.draft_saved.v1"),
            Map.entry(SessionFinalizedEvent.class, "pazpaz.session.finalized.v1"),
            Map.entry(SessionGoalProgressRecordedEvent.class, "pazpaz.session.goal_progress_recorded.v1"),
            Map.entry(SessionPurgedEvent.class, "pazpaz.session.purged.v1"),
            Map.entry(SessionRestoredEvent.class, "pazpaz.session.restored.v1"),
            Map.entry(SessionSoftDeletedEvent.class, "pazpaz.session.soft_deleted.v1"),
            Map.entry(SessionUnfinalizedEvent.class, "pazpaz.session.unfinalized.v1"),
            Map.entry(AssistantAddedEvent.class, "pazpaz.workspace.assistant_added.v1"),
            Map.entry(UserDeactivatedEvent.class, "pazpaz.workspace.user_deactivated.v1"),
            Map.entry(UserReactivatedEvent.class, "pazpaz.workspace.user_reactivated.v1"),
            Map.entry(UserRoleChangedEvent.class, "pazpaz.workspace.user_role_changed.v1"),
            Map.entry(WorkspaceCreatedEvent.class, "pazpaz.workspace.created.v1"),
            Map.entry(WorkspaceAvailableHoursSetEvent.class, "pazpaz.workspace.available_hours_set.v1"),
            Map.entry(WorkspaceStorageQuotaChangedEvent.class, "pazpaz.workspace.storage_quota_changed.v1"),
            Map.entry(WorkspaceDeactivatedEvent.class, "pazpaz.workspace.deactivated.v1"),
            Map.entry(WorkspaceReactivatedEvent.class, "pazpaz.workspace.reactivated.v1"),
            Map.entry(UserErasedEvent.class, "pazpaz.workspace.user_erased.v1"));

    private EventTypes() {}

    /** The published type of this event class, if it is a published event. */
    public static Optional<String> typeOf(Class<?> eventClass) {
        return Optional.ofNullable(TYPES.get(eventClass));
    }

    /** Every published event class with its type. */
    public static Map<Class<?>, String> all() {
        return TYPES;
    }
}
