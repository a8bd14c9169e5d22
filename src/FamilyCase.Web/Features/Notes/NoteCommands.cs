using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Notes;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Families;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Notes;

/// <summary>Writes contact notes; a save over a note someone else changed first returns what they changed.</summary>
public sealed class NoteCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time)
{
    public NoteForm NewNote()
    {
        var now = time.ToLocal(clock.GetUtcNow().UtcDateTime);
        return new NoteForm { Date = now.Date, Time = new TimeSpan(now.Hour, now.Minute, 0) };
    }

    public async Task<NoteForm?> LoadAsync(SignedInStaff staff, int familyId, int noteId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var note = await db.Families.AsNoTracking().Where(f => f.Id == familyId)
            .NotesVisibleTo(staff.Scope, clock.GetUtcNow().UtcDateTime)
            .Include(n => n.MembersInvolved)
            .SingleOrDefaultAsync(n => n.Id == noteId, cancellationToken);
        return note is null ? null : ToForm(note);
    }

    public async Task<SaveOutcome> SaveAsync(SignedInStaff staff, int familyId, NoteForm form, NoteForm? loaded, CancellationToken cancellationToken)
    {
        if (form.Date is null || form.Time is null)
        {
            return SaveOutcome.Refused("Please give the date and time of the contact.");
        }

        if ((NoteForm.CheckText(form.Text) ?? NoteForm.CheckDuration(form.DurationMinutes)) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await FamilyScope.EnsureCanEditAsync(db, staff, familyId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var members = await db.FamilyMembers.Where(m => m.FamilyId == familyId && form.MemberIds.Contains(m.Id)).ToListAsync(cancellationToken);
        ContactNote note;
        if (form.Id == 0)
        {
            note = new ContactNote { FamilyId = familyId, AuthorStaffId = staff.StaffId, Text = "" };
            db.ContactNotes.Add(note);
        }
        else
        {
            note = await db.ContactNotes.Include(n => n.MembersInvolved).SingleOrDefaultAsync(n => n.Id == form.Id && n.FamilyId == familyId, cancellationToken)
                ?? throw new FamilyAccessDeniedException(familyId);
            if (note.Version != form.Version)
            {
                return SaveOutcome.Conflict(NoteForm.ChangedByOthers(loaded ?? form, ToForm(note), form, NameLookup(members, note)), note.Version);
            }

            db.Entry(note).Property(n => n.Version).OriginalValue = form.Version;
        }

        note.Kind = form.Kind;
        note.OccurredAtUtc = time.ToUtc(form.Date.Value.Date + form.Time.Value);
        note.DurationMinutes = form.DurationMinutes;
        note.Text = form.Text.Trim();
        note.FollowUpOn = form.FollowUpOn is { } followUp ? DateOnly.FromDateTime(followUp) : null;
        note.Confidential = form.Confidential;
        note.MembersInvolved.Clear();
        note.MembersInvolved.AddRange(members);
        db.Actor = new AuditActor(staff.StaffId, staff.DisplayName);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SaveOutcome.Done(note.Id, note.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await LoadAsync(staff, familyId, form.Id, cancellationToken);
            return current is null
                ? SaveOutcome.Refused("This note is no longer available.")
                : SaveOutcome.Conflict(NoteForm.ChangedByOthers(loaded ?? form, current, form, await NameLookupAsync(familyId, cancellationToken)), current.Version);
        }
    }

    private static Func<int, string> NameLookup(IEnumerable<Domain.Families.FamilyMember> chosen, ContactNote note)
    {
        var names = chosen.Concat(note.MembersInvolved).DistinctBy(m => m.Id).ToDictionary(m => m.Id, m => $"{m.PreferredName ?? m.FirstName} {m.LastName}");
        return id => names.TryGetValue(id, out var name) ? name : "someone no longer in the file";
    }

    private async Task<Func<int, string>> NameLookupAsync(int familyId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var names = await db.FamilyMembers.Where(m => m.FamilyId == familyId)
            .ToDictionaryAsync(m => m.Id, m => (m.PreferredName ?? m.FirstName) + " " + m.LastName, cancellationToken);
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
            DurationMinutes = note.DurationMinutes,
            MemberIds = note.MembersInvolved.Select(m => m.Id).ToList(),
            Text = note.Text,
            FollowUpOn = note.FollowUpOn?.ToDateTime(TimeOnly.MinValue),
            Confidential = note.Confidential,
        };
    }
}
