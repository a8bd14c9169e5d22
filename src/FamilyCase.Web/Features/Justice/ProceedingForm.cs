using System.Globalization;
using FamilyCase.Domain.Justice;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;

namespace FamilyCase.Web.Features.Justice;

/// <summary>One charge line of the proceeding form; a new line has no id yet.</summary>
public sealed class ChargeLine
{
    public int Id { get; set; }
    public string Section { get; set; } = "";
    public string? Wording { get; set; }

    public ChargeLine Copy() => (ChargeLine)MemberwiseClone();
}

public sealed class BanLine
{
    public int Id { get; set; }
    public string Section { get; set; } = "";
    public DateTime? MadeOn { get; set; }
    public string? Scope { get; set; }
    public string? Protects { get; set; }

    public BanLine Copy() => (BanLine)MemberwiseClone();
}

public sealed class ConditionLine
{
    public int Id { get; set; }
    public ConditionKind Kind { get; set; } = ConditionKind.NoContact;
    public DateTime? MadeOn { get; set; }
    public DateTime? EndsOn { get; set; }
    public string? Wording { get; set; }
    public string? Protects { get; set; }

    public ConditionLine Copy() => (ConditionLine)MemberwiseClone();
}

/// <summary>What the proceeding dialog edits.</summary>
public sealed class ProceedingForm : IEditForm<ProceedingForm>
{
    public int Id { get; set; }
    public int Version { get; set; }
    public ProceedingKind Kind { get; set; } = ProceedingKind.CriminalProsecution;
    public string Court { get; set; } = "";
    public string? CourtLocation { get; set; }
    public string? CourtFileNumber { get; set; }
    public string? AccusedLabel { get; set; }
    public string? CrownContact { get; set; }
    public string? VictimWitnessContact { get; set; }
    public string? PoliceService { get; set; }
    public string? PoliceOfficer { get; set; }
    public DateTime? OpenedOn { get; set; }
    public ProceedingStatus Status { get; set; } = ProceedingStatus.Open;
    public DateTime? StatusOn { get; set; }
    public string? Outcome { get; set; }
    public List<ChargeLine> Charges { get; set; } = [];
    public List<BanLine> Bans { get; set; } = [];
    public List<ConditionLine> Conditions { get; set; } = [];

    /// <summary>The status when the form was loaded: the moves offered start from it.</summary>
    public ProceedingStatus SavedStatus { get; set; } = ProceedingStatus.Open;

    public ProceedingForm Copy()
    {
        var copy = (ProceedingForm)MemberwiseClone();
        copy.Charges = Charges.Select(c => c.Copy()).ToList();
        copy.Bans = Bans.Select(b => b.Copy()).ToList();
        copy.Conditions = Conditions.Select(c => c.Copy()).ToList();
        return copy;
    }

    public static IReadOnlyList<FieldConflict> ChangedByOthers(ProceedingForm loaded, ProceedingForm theirs, ProceedingForm mine) =>
        FieldConflicts.ChangedByOthers(Fields, loaded, theirs, mine);

    private static string Day(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static readonly ComparedField<ProceedingForm>[] Fields =
    [
        new("Kind", f => JusticeWords.Proceeding(f.Kind)),
        new("Court", f => f.Court),
        new("Court location", f => f.CourtLocation),
        new("Court file number", f => f.CourtFileNumber),
        new("Accused (label)", f => f.AccusedLabel),
        new("Crown contact", f => f.CrownContact),
        new("Victim/witness program contact", f => f.VictimWitnessContact),
        new("Police service", f => f.PoliceService),
        new("Officer", f => f.PoliceOfficer),
        new("Opened on", f => Day(f.OpenedOn)),
        new("Status", f => JusticeWords.Status(f.Status)),
        new("Status since", f => Day(f.StatusOn)),
        new("Outcome", f => f.Outcome),
        new("Charges", f => string.Join("; ", f.Charges.Select(c => $"{c.Section} {c.Wording}".Trim()))),
        new("Publication bans", f => string.Join("; ", f.Bans.Select(b => $"{b.Section} {Day(b.MadeOn)} {b.Scope} {b.Protects}".Trim()))),
        new("Conditions and orders", f => string.Join("; ", f.Conditions.Select(c => $"{JusticeWords.Condition(c.Kind)} {Day(c.MadeOn)} {Day(c.EndsOn)} {c.Wording} {c.Protects}".Trim()))),
    ];
}
