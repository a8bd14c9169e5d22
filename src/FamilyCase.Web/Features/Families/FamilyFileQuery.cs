using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Families;

public enum FamilyFileOutcome
{
    Opened,
    Refused,
    NotFound,
}

public sealed record FamilyFileOpening(FamilyFileOutcome Outcome, FamilyFile? File);

/// <summary>Opens a family file for the signed-in person: the header and members, or a refusal. Every opening and every refusal is audited.</summary>
public sealed class FamilyFileQuery(IDbContextFactory<FamilyCaseDb> factory, AuditTrail audit, TimeProvider clock, AgencyTime time, ApplicationDeadlines deadlines)
{
    /// <param name="recordView">False to open without an event (a file only checked, not shown). A view is recorded once a minute
    /// for the same person and file (<see cref="AuditTrail.RecordViewAsync(AuditEntry, CancellationToken)"/>), so moving between the file's sections is one view.</param>
    public async Task<FamilyFileOpening> OpenAsync(SignedInStaff staff, int familyId, bool recordView, CancellationToken cancellationToken)
    {
        var file = await LoadAsync(staff, familyId, cancellationToken);
        if (file is not null)
        {
            if (recordView)
            {
                await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Family", Id(familyId), familyId), cancellationToken);
            }

            return new FamilyFileOpening(FamilyFileOutcome.Opened, file);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var exists = await db.Families.AnyAsync(f => f.Id == familyId, cancellationToken);
        if (recordView)
        {
            // Filed under no family: nobody can write into a family's trail by guessing its number.
            await audit.RecordAsync(new AuditEntry(AuditAction.AccessRefused, staff.DisplayName, staff.StaffId, "Family", Id(familyId), null,
                exists ? "Not in this person's caseload" : "No such family"), cancellationToken);
        }

        return new FamilyFileOpening(exists ? FamilyFileOutcome.Refused : FamilyFileOutcome.NotFound, null);
    }

    /// <summary>Reads the file again without a new audit event (after a save on the same page).</summary>
    public async Task<FamilyFile?> LoadAsync(SignedInStaff staff, int familyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var visible = db.Families.AsNoTracking().VisibleTo(staff.Scope, now).Where(f => f.Id == familyId);
        var seesAlerts = FamilyAccessPolicy.SeesAssessments(staff.Role);
        var seesSafety = FamilyAccessPolicy.SeesSafeContact(staff.Role);
        var liveForMe = EmergencyAccess.LiveFor(staff.StaffId, now);
        var today = time.Today(clock);
        var overdue = ApplicationDeadlines.OverdueOn(today);
        var dueSoon = deadlines.DueSoonOn(today);
        var header = await visible
            .Select(f => new FamilyFileHeader(
                f.Id, f.FileNumber, f.DisplayName, f.Status, f.OpenedOn, f.ClosedOn, f.ClosingReason, f.TeamId, f.Team!.Name,
                f.PreferredLanguage, f.InterpreterNeeded, f.SafetyConcern, f.PublicationBan, f.MediaAttention, f.Version,
                f.EmergencyAccesses.AsQueryable().Where(liveForMe).Max(e => (DateTime?)e.ExpiresAtUtc),
                seesAlerts ? f.SafetyAlerts.Count(a => a.AcknowledgedAtUtc == null) : 0)
            {
                NextCourtDateUtc = f.CourtEvents.Where(e => e.StartsAtUtc >= now).Min(e => (DateTime?)e.StartsAtUtc),
                DeadlinesOverdue = f.Applications.AsQueryable().Count(overdue),
                DeadlinesDueSoon = f.Applications.AsQueryable().Count(dueSoon),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        var members = await visible.SelectMany(f => f.Members)
            .Select(m => new MemberRow(m.Id, m.Role, m.Relationship, m.FirstName, m.LastName, m.PreferredName, m.Pronouns, m.DateOfBirth,
                m.Language, m.CulturalSupports, m.RecognisedAsVictim, m.RegisteredWithVictimServices, seesSafety && m.SafetyNotes != null && m.SafetyNotes != ""))
            .ToListAsync(cancellationToken);
        var ordered = members.OrderBy(m => m.Role).ThenBy(m => m.DateOfBirth ?? DateOnly.MaxValue).ThenBy(m => m.Id).ToList();
        return new FamilyFile(header, ordered);
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
