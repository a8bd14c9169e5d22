using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Shared;

/// <summary>A form about one family member: the person is checked to belong to the family before anything is saved.</summary>
public interface IMemberRecordForm<TForm> : IEditForm<TForm>
{
    int? MemberId { get; }
}

/// <summary>
/// What every record about one person (justice records, goals, referrals) shares: it is opened (audited) and saved only inside the access policy, by those
/// its permission allows, for a person of the same family, over the version that was loaded. Each record says only what differs:
/// its permission, its checks, and how the form maps to the record.
/// </summary>
public abstract class MemberRecordCommands<TRecord, TForm>(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, AuditTrail audit)
    where TRecord : class, IVersioned
    where TForm : class, IMemberRecordForm<TForm>
{
    /// <summary>The record type in the audit trail.</summary>
    protected abstract string RecordType { get; }

    protected abstract string Gone { get; }

    /// <summary>True when court-support staff record it too (<see cref="FamilyAccessPolicy.MayRecordCourtDay"/>); otherwise those who <see cref="FamilyAccessPolicy.MayEdit"/>.</summary>
    protected abstract bool PartOfTheCourtDay { get; }

    protected abstract IQueryable<TRecord> Visible(IQueryable<Family> family, StaffScope scope, DateTime nowUtc);

    protected abstract TRecord Create(int familyId, SignedInStaff staff);

    /// <summary>Checks of the form alone, for the dialog and the command alike.</summary>
    public abstract string? Problem(TForm form, DateOnly today);

    /// <summary>Loads the saved record's parts (a goal's actions, a referral's history) before it is checked and changed.</summary>
    protected virtual Task LoadPartsAsync(FamilyCaseDb db, TRecord saved, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Checks against what is saved (a status move, earlier interviews), or null.</summary>
    protected virtual Task<string?> ProblemWithSavedAsync(FamilyCaseDb db, int familyId, TForm form, TRecord? saved, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    protected abstract void Apply(TRecord record, TForm form, DateOnly today);

    /// <summary>For records that keep who did what when (a referral's status history); most need only <see cref="Apply"/>.</summary>
    protected virtual void Apply(TRecord record, TForm form, DateOnly today, SignedInStaff staff, DateTime nowUtc) => Apply(record, form, today);

    protected abstract TForm ToForm(TRecord record);

    protected abstract IReadOnlyList<FieldConflict> Conflicts(TForm loaded, TForm theirs, TForm mine);

    protected DateOnly Today => time.Today(clock);

    protected IDbContextFactory<FamilyCaseDb> Factory => factory;

    protected TimeProvider Clock => clock;

    public async Task<TForm?> LoadAsync(SignedInStaff staff, int familyId, int recordId, CancellationToken cancellationToken)
    {
        var form = await CurrentAsync(staff, familyId, recordId, cancellationToken);
        if (form is not null)
        {
            await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, RecordType, recordId.ToString(System.Globalization.CultureInfo.InvariantCulture), familyId, "Edit form"), cancellationToken);
        }

        return form;
    }

    public async Task<SaveOutcome> SaveAsync(SignedInStaff staff, int familyId, TForm form, TForm? loaded, CancellationToken cancellationToken)
    {
        var today = Today;
        if (form.MemberId is null)
        {
            return SaveOutcome.Refused("Please choose the person.");
        }

        if (Problem(form, today) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (PartOfTheCourtDay)
        {
            await FamilyScope.EnsureCanRecordCourtDayAsync(db, staff, familyId, now, cancellationToken);
        }
        else
        {
            await FamilyScope.EnsureCanEditAsync(db, staff, familyId, now, cancellationToken);
        }

        if (!await db.FamilyMembers.AnyAsync(m => m.Id == form.MemberId && m.FamilyId == familyId, cancellationToken))
        {
            return SaveOutcome.Refused("That person is no longer in this family's file. Please choose again.");
        }

        var set = db.Set<TRecord>();
        if (form.Id == 0)
        {
            if (await ProblemWithSavedAsync(db, familyId, form, null, cancellationToken) is { } first)
            {
                return SaveOutcome.Refused(first);
            }

            var added = Create(familyId, staff);
            Apply(added, form, today, staff, now);
            set.Add(added);
            db.Actor = new AuditActor(staff.StaffId, staff.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return SaveOutcome.Done((int)db.Entry(added).Property("Id").CurrentValue!, added.Version);
        }

        var saved = await set.SingleOrDefaultAsync(r => EF.Property<int>(r, "Id") == form.Id && EF.Property<int>(r, "FamilyId") == familyId, cancellationToken);
        if (saved is null)
        {
            return SaveOutcome.Refused(Gone);
        }

        await LoadPartsAsync(db, saved, cancellationToken);

        if (saved.Version == form.Version && await ProblemWithSavedAsync(db, familyId, form, saved, cancellationToken) is { } moved)
        {
            return SaveOutcome.Refused(moved);
        }

        return await VersionedSave.SaveAsync(db, saved, form.Version, staff, r => Apply(r, form, today, staff, now),
            async ct => await CurrentAsync(staff, familyId, form.Id, ct) is { } current
                ? SaveOutcome.Conflict(Conflicts(loaded ?? form, current, form), current.Version)
                : SaveOutcome.Refused(Gone),
            cancellationToken);
    }

    private async Task<TForm?> CurrentAsync(SignedInStaff staff, int familyId, int recordId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await Visible(db.Families.AsNoTracking().Where(f => f.Id == familyId), staff.Scope, clock.GetUtcNow().UtcDateTime)
            .SingleOrDefaultAsync(r => EF.Property<int>(r, "Id") == recordId, cancellationToken);
        return record is null ? null : ToForm(record);
    }
}
