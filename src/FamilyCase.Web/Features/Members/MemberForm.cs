using FamilyCase.Domain.Families;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;

namespace FamilyCase.Web.Features.Members;

/// <summary>What the member dialog edits. Keeps the version it was loaded at so a later save can tell whether someone else saved first.</summary>
public sealed class MemberForm : IEditForm<MemberForm>
{
    public int Id { get; set; }
    public int Version { get; set; }
    public MemberRole Role { get; set; } = MemberRole.Parent;
    public string Relationship { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? PreferredName { get; set; }
    public string? Pronouns { get; set; }
    public DateTime? DateOfBirth { get; set; }
    public string? Language { get; set; }
    public string? CulturalSupports { get; set; }
    public bool? RecognisedAsVictim { get; set; }
    public bool? RegisteredWithVictimServices { get; set; }
    public string? SafetyNotes { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public bool? VoicemailIsSafe { get; set; }
    public bool? MailIsSafe { get; set; }
    public string? BestTimes { get; set; }
    public string? CodeWord { get; set; }

    public static MemberForm From(FamilyMember m) => new()
    {
        Id = m.Id,
        Version = m.Version,
        Role = m.Role,
        Relationship = m.Relationship,
        FirstName = m.FirstName,
        LastName = m.LastName,
        PreferredName = m.PreferredName,
        Pronouns = m.Pronouns,
        DateOfBirth = m.DateOfBirth?.ToDateTime(TimeOnly.MinValue),
        Language = m.Language,
        CulturalSupports = m.CulturalSupports,
        RecognisedAsVictim = m.RecognisedAsVictim,
        RegisteredWithVictimServices = m.RegisteredWithVictimServices,
        SafetyNotes = m.SafetyNotes,
        Phone = m.SafeContact.Phone,
        Email = m.SafeContact.Email,
        Address = m.SafeContact.Address,
        VoicemailIsSafe = m.SafeContact.VoicemailIsSafe,
        MailIsSafe = m.SafeContact.MailIsSafe,
        BestTimes = m.SafeContact.BestTimes,
        CodeWord = m.SafeContact.CodeWord,
    };

    public void ApplyTo(FamilyMember m)
    {
        m.Role = Role;
        m.Relationship = (Relationship ?? "").Trim();
        m.FirstName = (FirstName ?? "").Trim();
        m.LastName = (LastName ?? "").Trim();
        m.PreferredName = Clean(PreferredName);
        m.Pronouns = Clean(Pronouns);
        m.DateOfBirth = DateOfBirth is { } born ? DateOnly.FromDateTime(born) : null;
        m.Language = Clean(Language);
        m.CulturalSupports = Clean(CulturalSupports);
        m.RecognisedAsVictim = RecognisedAsVictim;
        m.RegisteredWithVictimServices = RegisteredWithVictimServices;
        m.SafetyNotes = Clean(SafetyNotes);
        m.SafeContact.Phone = Clean(Phone);
        m.SafeContact.Email = Clean(Email);
        m.SafeContact.Address = Clean(Address);
        m.SafeContact.VoicemailIsSafe = VoicemailIsSafe;
        m.SafeContact.MailIsSafe = MailIsSafe;
        m.SafeContact.BestTimes = Clean(BestTimes);
        m.SafeContact.CodeWord = Clean(CodeWord);
    }

    /// <summary>The fields someone else changed since <paramref name="loaded"/> was read, with their value and this person's.</summary>
    public static IReadOnlyList<FieldConflict> ChangedByOthers(MemberForm loaded, MemberForm theirs, MemberForm mine) =>
        FieldConflicts.ChangedByOthers(Fields, loaded, theirs, mine);

    public MemberForm Copy() => (MemberForm)MemberwiseClone();

    private static string? Clean(string? text) => TextRules.Clean(text);

    private static string? YesNo(bool? value) => value switch { true => "Yes", false => "No", _ => null };

    private static readonly ComparedField<MemberForm>[] Fields =
    [
        new("Role", f => FamilyWords.Role(f.Role)),
        new("Relationship", f => f.Relationship),
        new("First name", f => f.FirstName),
        new("Last name", f => f.LastName),
        new("Preferred name", f => f.PreferredName),
        new("Pronouns", f => f.Pronouns),
        new("Date of birth", f => f.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new("Language", f => f.Language),
        new("Cultural or community supports", f => f.CulturalSupports),
        new("Recognised as a victim of crime", f => YesNo(f.RecognisedAsVictim)),
        new("Registered with victim services", f => YesNo(f.RegisteredWithVictimServices)),
        new("Safety notes", f => f.SafetyNotes),
        new("Safe phone", f => f.Phone),
        new("Safe email", f => f.Email),
        new("Safe address", f => f.Address),
        new("Voicemail is safe", f => YesNo(f.VoicemailIsSafe)),
        new("Mail is safe", f => YesNo(f.MailIsSafe)),
        new("Best times to reach", f => f.BestTimes),
        new("Code word", f => f.CodeWord),
    ];
}
