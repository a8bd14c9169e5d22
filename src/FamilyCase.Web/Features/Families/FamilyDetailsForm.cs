using FamilyCase.Domain.Families;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;

namespace FamilyCase.Web.Features.Families;

/// <summary>The family-level facts a worker edits: name, status, language and flags.</summary>
public sealed class FamilyDetailsForm : IEditForm<FamilyDetailsForm>
{
    public int Id { get; set; }
    public int Version { get; set; }
    public string DisplayName { get; set; } = "";
    public FamilyStatus Status { get; set; } = FamilyStatus.Intake;
    public DateTime? OpenedOn { get; set; }
    public DateTime? ClosedOn { get; set; }
    public string? ClosingReason { get; set; }
    public string? PreferredLanguage { get; set; }
    public bool InterpreterNeeded { get; set; }
    public bool SafetyConcern { get; set; }
    public bool PublicationBan { get; set; }
    public bool MediaAttention { get; set; }

    public FamilyDetailsForm Copy() => (FamilyDetailsForm)MemberwiseClone();

    public static FamilyDetailsForm From(Family f) => new()
    {
        Id = f.Id,
        Version = f.Version,
        DisplayName = f.DisplayName,
        Status = f.Status,
        OpenedOn = f.OpenedOn.ToDateTime(TimeOnly.MinValue),
        ClosedOn = f.ClosedOn?.ToDateTime(TimeOnly.MinValue),
        ClosingReason = f.ClosingReason,
        PreferredLanguage = f.PreferredLanguage,
        InterpreterNeeded = f.InterpreterNeeded,
        SafetyConcern = f.SafetyConcern,
        PublicationBan = f.PublicationBan,
        MediaAttention = f.MediaAttention,
    };

    public void ApplyTo(Family family)
    {
        family.DisplayName = DisplayName.Trim();
        family.OpenedOn = DateOnly.FromDateTime(OpenedOn!.Value);
        family.PreferredLanguage = TextRules.Clean(PreferredLanguage);
        family.InterpreterNeeded = InterpreterNeeded;
        family.SafetyConcern = SafetyConcern;
        family.PublicationBan = PublicationBan;
        family.MediaAttention = MediaAttention;
        if (Status == FamilyStatus.Closed)
        {
            family.Close(DateOnly.FromDateTime(ClosedOn!.Value), ClosingReason!);
        }
        else
        {
            family.Reopen(Status);
        }
    }

    public static IReadOnlyList<FieldConflict> ChangedByOthers(FamilyDetailsForm loaded, FamilyDetailsForm theirs, FamilyDetailsForm mine) =>
        FieldConflicts.ChangedByOthers(Fields, loaded, theirs, mine);

    private static string Date(DateTime? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static readonly ComparedField<FamilyDetailsForm>[] Fields =
    [
        new("Family name", f => f.DisplayName),
        new("Status", f => FamilyWords.Status(f.Status)),
        new("Opened on", f => Date(f.OpenedOn)),
        new("Closed on", f => Date(f.ClosedOn)),
        new("Closing reason", f => f.ClosingReason ?? ""),
        new("Preferred language", f => f.PreferredLanguage ?? ""),
        new("Interpreter needed", f => f.InterpreterNeeded ? "Yes" : "No"),
        new("Safety concern", f => f.SafetyConcern ? "Yes" : "No"),
        new("Publication ban", f => f.PublicationBan ? "Yes" : "No"),
        new("Media attention", f => f.MediaAttention ? "Yes" : "No"),
    ];
}
