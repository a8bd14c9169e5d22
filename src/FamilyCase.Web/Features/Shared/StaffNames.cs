using FamilyCase.Data;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Shared;

/// <summary>
/// Display names of staff, read in one small query. Collections projected with a join to Staff inside them (attendees and who
/// goes with them) make SQLite build the whole joined table first; reading ids there and names here keeps such queries on their indexes.
/// </summary>
public static class StaffNames
{
    public static async Task<Dictionary<int, string>> LoadAsync(FamilyCaseDb db, IEnumerable<int> staffIds, CancellationToken cancellationToken)
    {
        var ids = staffIds.Distinct().ToList();
        return ids.Count == 0
            ? []
            : await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
    }
}
