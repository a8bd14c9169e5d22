using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Notes;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Data.Seeding;

/// <summary>Turns one family of the demo seed into records, checking every reference so a typo in the JSON fails loudly.</summary>
internal static class DemoFamilyBuilder
{
    private static readonly TimeOnly StartOfDay = new(9, 0);

    public static Family Build(FamilySeed seed, Dictionary<string, Team> teams, Dictionary<string, StaffMember> staff, DateTime now)
    {
        var opened = seed.OpenedOn.ToDateTime(StartOfDay, DateTimeKind.Utc);
        var family = new Family
        {
            FileNumber = seed.FileNumber,
            DisplayName = seed.DisplayName,
            Status = seed.Status,
            OpenedOn = seed.OpenedOn,
            ClosedOn = seed.ClosedOn,
            ClosingReason = seed.ClosingReason,
            Team = teams[seed.Team],
            PreferredLanguage = seed.PreferredLanguage,
            InterpreterNeeded = seed.InterpreterNeeded,
            SafetyConcern = seed.SafetyConcern,
            PublicationBan = seed.PublicationBan,
            MediaAttention = seed.MediaAttention,
            CreatedAtUtc = opened,
            UpdatedAtUtc = seed.ClosedOn?.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc) ?? now,
        };
        family.Members.AddRange(seed.Members.Select(m => Member(m, opened)));
        family.Assignments.AddRange(seed.Assignments.Select(a => new FamilyAssignment
        {
            StaffMember = Staff(staff, a.Staff, seed),
            Kind = a.Kind,
            StartedAtUtc = a.StartedOn?.ToDateTime(StartOfDay, DateTimeKind.Utc) ?? opened,
            EndedAtUtc = a.EndedOn?.ToDateTime(StartOfDay, DateTimeKind.Utc),
            Reason = a.Reason ?? "Assigned at intake",
        }));
        family.Notes.AddRange((seed.Notes ?? []).Select(n => Note(n, family, staff, seed)));
        foreach (var consent in seed.Consents ?? [])
        {
            MemberNamed(family, consent.Member, seed).Consents.Add(new Consent
            {
                Family = family,
                Scope = consent.Scope,
                Recipient = consent.Recipient,
                Given = consent.Given,
                DecidedOn = consent.DecidedOn,
                ExpiresOn = consent.ExpiresOn,
                Note = consent.Note,
                RecordedBy = Staff(staff, consent.RecordedBy, seed),
                RecordedAtUtc = consent.DecidedOn.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
            });
        }

        return family;
    }

    private static FamilyMember Member(MemberSeed m, DateTime opened) => new()
    {
        Role = m.Role,
        Relationship = m.Relationship,
        FirstName = m.FirstName,
        LastName = m.LastName,
        PreferredName = m.PreferredName,
        Pronouns = m.Pronouns,
        DateOfBirth = m.DateOfBirth,
        Language = m.Language,
        CulturalSupports = m.CulturalSupports,
        RecognisedAsVictim = m.RecognisedAsVictim,
        RegisteredWithVictimServices = m.RegisteredWithVictimServices,
        SafetyNotes = m.SafetyNotes,
        SafeContact = m.SafeContact is { } c
            ? new SafeContact
            {
                Phone = c.Phone,
                Email = c.Email,
                Address = c.Address,
                VoicemailIsSafe = c.VoicemailIsSafe,
                MailIsSafe = c.MailIsSafe,
                BestTimes = c.BestTimes,
                CodeWord = c.CodeWord,
            }
            : new SafeContact(),
        CreatedAtUtc = opened,
        UpdatedAtUtc = opened,
    };

    private static ContactNote Note(NoteSeed n, Family family, Dictionary<string, StaffMember> staff, FamilySeed seed)
    {
        var note = new ContactNote
        {
            Kind = n.Kind,
            OccurredAtUtc = DateTime.SpecifyKind(n.OccurredAt.ToUniversalTime(), DateTimeKind.Utc),
            DurationMinutes = n.DurationMinutes,
            Author = Staff(staff, n.Author, seed),
            Text = n.Text,
            FollowUpOn = n.FollowUpOn,
            Confidential = n.Confidential,
            CreatedAtUtc = n.OccurredAt.ToUniversalTime(),
            UpdatedAtUtc = n.OccurredAt.ToUniversalTime(),
        };
        note.MembersInvolved.AddRange(n.Members.Select(name => MemberNamed(family, name, seed)));
        return note;
    }

    private static FamilyMember MemberNamed(Family family, string firstName, FamilySeed seed) =>
        family.Members.SingleOrDefault(m => m.FirstName == firstName)
        ?? throw new InvalidDataException($"Seed family {seed.FileNumber} has no member called '{firstName}'.");

    private static StaffMember Staff(Dictionary<string, StaffMember> staff, string userName, FamilySeed seed) =>
        staff.TryGetValue(userName, out var member)
            ? member
            : throw new InvalidDataException($"Seed family {seed.FileNumber} names unknown staff '{userName}'.");
}
