using FamilyCase.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Data.Auditing;

/// <summary>Keeps a referral's status history append-only: a correction is a new entry, never an edit of the old one.</summary>
public sealed class ReferralHistoryProtection : BeforeSaveCheck
{
    protected override void Check(DbContext context)
    {
        var rewritten = context.ChangeTracker.Entries<ReferralStep>()
            .Any(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (rewritten)
        {
            throw new InvalidOperationException("A referral's status history is append-only: corrections are new entries.");
        }
    }
}
