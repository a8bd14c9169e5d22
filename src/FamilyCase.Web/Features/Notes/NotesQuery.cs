using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Notes;

/// <summary>A family's notes, newest first, as the access policy allows: court-support staff never receive confidential notes.</summary>
public sealed class NotesQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AuditTrail audit)
{
    public async Task<NotePage> ExecuteAsync(SignedInStaff staff, int familyId, NoteFilter filter, int take, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var notes = db.Families.AsNoTracking()
            .Where(f => f.Id == familyId)
            .NotesVisibleTo(staff.Scope, now);
        if (filter.Kind is { } kind)
        {
            notes = notes.Where(n => n.Kind == kind);
        }

        if (filter.MemberId is { } memberId)
        {
            notes = notes.Where(n => n.MembersInvolved.Any(m => m.Id == memberId));
        }

        if (filter.FollowUpsOnly)
        {
            notes = notes.Where(n => n.FollowUpOn != null);
        }

        if (filter.ConfidentialOnly)
        {
            notes = notes.Where(n => n.Confidential);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var words = filter.Search.Trim();
            var pattern = $"%{(words.Length > NoteRules.LongestSearch ? words[..NoteRules.LongestSearch] : words).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            notes = notes.Where(n => EF.Functions.Like(n.Text, pattern, "\\"));
        }

        var total = await notes.CountAsync(cancellationToken);
        var rows = await notes
            .OrderByDescending(n => n.OccurredAtUtc).ThenByDescending(n => n.Id)
            .Take(Math.Clamp(take, 1, 500))
            .Select(n => new NoteRow(n.Id, n.Kind, n.OccurredAtUtc, n.DurationMinutes, n.Text, n.FollowUpOn, n.Confidential,
                n.Author!.DisplayName,
                n.MembersInvolved.OrderBy(m => m.Id).Select(m => (m.PreferredName ?? m.FirstName) + " " + m.LastName).ToList(),
                n.Version))
            .ToListAsync(cancellationToken);
        if (await FamilyScope.IsVisibleAsync(db, staff, familyId, now, cancellationToken))
        {
            await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Family", familyId.ToString(System.Globalization.CultureInfo.InvariantCulture), familyId,
                $"Notes tab: {rows.Count} of {total} notes{Describe(filter)}"), filter.Search?.Trim(), cancellationToken);
        }

        return new NotePage(rows, total);
    }

    // Which filters were used, never the words searched for.
    private static string Describe(NoteFilter filter)
    {
        var used = new List<string>();
        if (filter.Kind is { } kind) used.Add($"kind {kind}");
        if (filter.MemberId is not null) used.Add("one person");
        if (filter.FollowUpsOnly) used.Add("follow-ups");
        if (filter.ConfidentialOnly) used.Add("confidential only");
        if (!string.IsNullOrWhiteSpace(filter.Search)) used.Add("words searched");
        return used.Count == 0 ? "" : $" (filtered: {string.Join(", ", used)})";
    }
}
