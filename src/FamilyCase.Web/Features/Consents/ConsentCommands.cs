using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Consents;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Families;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Consents;

/// <summary>Records a consent decision. Decisions are added, never edited: a withdrawal is a new decision.</summary>
public sealed class ConsentCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time)
{
    public async Task<SaveOutcome> RecordAsync(SignedInStaff staff, int familyId, ConsentForm form, CancellationToken cancellationToken)
    {
        if (form.MemberId is null || form.DecidedOn is null)
        {
            return SaveOutcome.Refused("Please choose the person and the date of their decision.");
        }

        if ((form.CheckRecipient(form.Recipient) ?? form.CheckExpiry(form.ExpiresOn)) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        if (DateOnly.FromDateTime(form.DecidedOn.Value) > time.Today(clock))
        {
            return SaveOutcome.Refused("The date of the decision cannot be in the future.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await FamilyScope.EnsureCanEditAsync(db, staff, familyId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (!await db.FamilyMembers.AnyAsync(m => m.Id == form.MemberId && m.FamilyId == familyId, cancellationToken))
        {
            return SaveOutcome.Refused("This person is not in the family file.");
        }

        var consent = new Consent
        {
            FamilyId = familyId,
            FamilyMemberId = form.MemberId.Value,
            Scope = form.Scope,
            Recipient = string.IsNullOrWhiteSpace(form.Recipient) ? null : form.Recipient.Trim(),
            Given = form.Given,
            DecidedOn = DateOnly.FromDateTime(form.DecidedOn.Value),
            ExpiresOn = form.Given && form.ExpiresOn is { } expires ? DateOnly.FromDateTime(expires) : null,
            Note = string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim(),
            RecordedByStaffId = staff.StaffId,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Actor = new AuditActor(staff.StaffId, staff.DisplayName);
        db.Consents.Add(consent);
        await db.SaveChangesAsync(cancellationToken);
        return SaveOutcome.Done(consent.Id, 0);
    }
}
