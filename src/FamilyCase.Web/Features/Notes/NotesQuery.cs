using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Notes;

/// <summary>A family's notes, newest first, as the access policy allows: court-support staff never receive confidential notes.</summary>
public sealed class NotesQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock)
{
    public async Task<NotePage> ExecuteAsync(SignedInStaff staff, int familyId, NoteFilter filter, int take, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var notes = db.Families.AsNoTracking()
            .Where(f => f.Id == familyId)
            .NotesVisibleTo(staff.Scope, clock.GetUtcNow().UtcDateTime);
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
            var pattern = $"%{filter.Search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
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
        return new NotePage(rows, total);
    }
}
