using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Consents;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Consents;

/// <summary>Records a consent decision. Decisions are added, never edited: a withdrawal is a new decision.</summary>
public sealed class ConsentCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, ConsentRules rules)
{
    public async Task<SaveOutcome> RecordAsync(SignedInStaff staff, int familyId, ConsentForm form, CancellationToken cancellationToken)
    {
        if (rules.FirstProblem(form, time.Today(clock)) is { } problem)
        {
            return SaveOutcome.Refused(problem);
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
            FamilyMemberId = form.MemberId!.Value,
            Scope = form.Scope,
            Recipient = form.Scope == ConsentScope.ShareWithProvider ? TextRules.Clean(form.Recipient) : null,
            Given = form.Given,
            DecidedOn = DateOnly.FromDateTime(form.DecidedOn!.Value),
            ExpiresOn = form.Given && form.ExpiresOn is { } expires ? DateOnly.FromDateTime(expires) : null,
            Note = TextRules.Clean(form.Note),
            RecordedByStaffId = staff.StaffId,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Actor = new AuditActor(staff.StaffId, staff.DisplayName);
        db.Consents.Add(consent);
        await db.SaveChangesAsync(cancellationToken);
        return SaveOutcome.Done(consent.Id, 0);
    }
}
