using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Notes;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Notes;

/// <summary>Writes contact notes; a save over a note someone else changed first returns what they changed.</summary>
public sealed class NoteCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, NoteRules rules, AuditTrail audit)
{
    public NoteForm NewNote()
    {
        var now = time.ToLocal(clock.GetUtcNow().UtcDateTime);
        return new NoteForm { Date = now.Date, Time = new TimeSpan(now.Hour, now.Minute, 0) };
    }

    /// <summary>A note to edit, for those who may see it; opening it is audited.</summary>
    public async Task<NoteForm?> LoadAsync(SignedInStaff staff, int familyId, int noteId, CancellationToken cancellationToken)
    {
        var form = await CurrentAsync(staff, familyId, noteId, cancellationToken);
        if (form is not null)
        {
            await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Note", Id(noteId), familyId, "Edit form"), cancellationToken);
        }

        return form;
    }

    public async Task<SaveOutcome> SaveAsync(SignedInStaff staff, int familyId, NoteForm form, NoteForm? loaded, CancellationToken cancellationToken)
    {
        if (rules.FirstProblem(form) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        var when = time.Resolve(DateOnly.FromDateTime(form.Date!.Value), TimeOnly.FromTimeSpan(form.Time!.Value));
        if (when.Problem is { } timeProblem)
        {
            return SaveOutcome.Refused(timeProblem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await FamilyScope.EnsureCanEditAsync(db, staff, familyId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var members = await db.FamilyMembers.Where(m => m.FamilyId == familyId && form.MemberIds.Contains(m.Id)).ToListAsync(cancellationToken);
        void Apply(ContactNote note)
        {
            note.Kind = form.Kind;
            note.OccurredAtUtc = when.Utc!.Value;
            note.DurationMinutes = form.DurationMinutes;
            note.Text = form.Text.Trim();
            note.FollowUpOn = form.FollowUpOn is { } followUp ? DateOnly.FromDateTime(followUp) : null;
            note.Confidential = form.Confidential;
            note.MembersInvolved.Clear();
            note.MembersInvolved.AddRange(members);
        }

        if (form.Id == 0)
        {
            var added = new ContactNote { FamilyId = familyId, AuthorStaffId = staff.StaffId, Text = "" };
            Apply(added);
            db.ContactNotes.Add(added);
            db.Actor = new AuditActor(staff.StaffId, staff.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return SaveOutcome.Done(added.Id, added.Version);
        }

        var note = await db.ContactNotes.Include(n => n.MembersInvolved).SingleOrDefaultAsync(n => n.Id == form.Id && n.FamilyId == familyId, cancellationToken);
        if (note is null)
        {
            return SaveOutcome.Refused("This note is no longer available.");
        }

        return await VersionedSave.SaveAsync(db, note, form.Version, staff, Apply, async ct =>
            await CurrentAsync(staff, familyId, form.Id, ct) is { } current
                ? SaveOutcome.Conflict(NoteForm.ChangedByOthers(loaded ?? form, current, form, await NameLookupAsync(familyId, ct)), current.Version)
                : SaveOutcome.Refused("This note is no longer available."),
            cancellationToken);
    }

    private async Task<NoteForm?> CurrentAsync(SignedInStaff staff, int familyId, int noteId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var note = await db.Families.AsNoTracking().Where(f => f.Id == familyId)
            .NotesVisibleTo(staff.Scope, clock.GetUtcNow().UtcDateTime)
            .Include(n => n.MembersInvolved)
            .SingleOrDefaultAsync(n => n.Id == noteId, cancellationToken);
        return note is null ? null : ToForm(note);
    }

    private async Task<Func<int, string>> NameLookupAsync(int familyId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var names = await MemberNames.LoadAsync(db.FamilyMembers.Where(m => m.FamilyId == familyId), cancellationToken);
        return id => names.TryGetValue(id, out var name) ? name : "someone no longer in the file";
    }

    private NoteForm ToForm(ContactNote note)
    {
        var local = time.ToLocal(note.OccurredAtUtc);
        return new NoteForm
        {
            Id = note.Id,
            Version = note.Version,
            Kind = note.Kind,
            Date = local.Date,
            Time = new TimeSpan(local.Hour, local.Minute, 0),
            Duration = note.DurationMinutes?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            MemberIds = note.MembersInvolved.Select(m => m.Id).ToList(),
            Text = note.Text,
            FollowUpOn = note.FollowUpOn?.ToDateTime(TimeOnly.MinValue),
            Confidential = note.Confidential,
        };
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
