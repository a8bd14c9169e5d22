using FamilyCase.Data.Validation;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Components.Shared;

namespace FamilyCase.Web.Features.Justice;

/// <summary>The proceeding form's checks, sized by the columns, for the dialog and the command alike.</summary>
public sealed class ProceedingRules(ColumnLimits columns)
{
    public TextRule<ProceedingForm> Court { get; } = new("The court", columns.Of<LegalProceeding>(p => p.Court), f => f.Court,
        text => string.IsNullOrWhiteSpace(text) ? "Please name the court (for example Ontario Court of Justice)." : null);
    public TextRule<ProceedingForm> CourtLocation { get; } = new("The location", columns.Of<LegalProceeding>(p => p.CourtLocation), f => f.CourtLocation);
    public TextRule<ProceedingForm> CourtFileNumber { get; } = new("The court file number", columns.Of<LegalProceeding>(p => p.CourtFileNumber), f => f.CourtFileNumber);
    public TextRule<ProceedingForm> AccusedLabel { get; } = new("The label for the accused", columns.Of<LegalProceeding>(p => p.AccusedLabel), f => f.AccusedLabel);
    public TextRule<ProceedingForm> CrownContact { get; } = new("The Crown contact", columns.Of<LegalProceeding>(p => p.CrownContact), f => f.CrownContact);
    public TextRule<ProceedingForm> VictimWitnessContact { get; } = new("The victim/witness contact", columns.Of<LegalProceeding>(p => p.VictimWitnessContact), f => f.VictimWitnessContact);
    public TextRule<ProceedingForm> PoliceService { get; } = new("The police service", columns.Of<LegalProceeding>(p => p.PoliceService), f => f.PoliceService);
    public TextRule<ProceedingForm> PoliceOfficer { get; } = new("The officer", columns.Of<LegalProceeding>(p => p.PoliceOfficer), f => f.PoliceOfficer);
    public TextRule<ProceedingForm> Outcome { get; } = new("The outcome", columns.Of<LegalProceeding>(p => p.Outcome), f => f.Outcome);

    public TextRule<ChargeLine> ChargeSection { get; } = new("The charge", columns.Of<Charge>(c => c.Section), c => c.Section,
        text => string.IsNullOrWhiteSpace(text) ? "Please choose or type the section charged, or remove this line." : null);
    public TextRule<ChargeLine> ChargeWording { get; } = new("The wording", columns.Of<Charge>(c => c.Wording), c => c.Wording);
    public TextRule<BanLine> BanSection { get; } = new("The section", columns.Of<PublicationBan>(b => b.Section), b => b.Section,
        text => string.IsNullOrWhiteSpace(text) ? "Please choose or type the section of the ban, or remove this line." : null);
    public TextRule<BanLine> BanScope { get; } = new("What the ban covers", columns.Of<PublicationBan>(b => b.Scope), b => b.Scope);
    public TextRule<BanLine> BanProtects { get; } = new("Who the ban protects", columns.Of<PublicationBan>(b => b.Protects), b => b.Protects);
    public TextRule<ConditionLine> ConditionWording { get; } = new("What the condition says", columns.Of<CourtCondition>(c => c.Wording), c => c.Wording,
        text => string.IsNullOrWhiteSpace(text) ? "Please write what the condition says, in the order's words, or remove this line." : null);
    public TextRule<ConditionLine> ConditionProtects { get; } = new("Who the condition protects", columns.Of<CourtCondition>(c => c.Protects), c => c.Protects);

    public const int MostLines = 30;

    private string? ConditionProblem(ConditionLine line) =>
        (!Enum.IsDefined(line.Kind) ? "Please choose the kind of condition from the list." : null)
        ?? TextRules.FirstProblem([ConditionWording, ConditionProtects], line)
        ?? AgencyTime.OutOfRange(line.MadeOn, "the date the condition was made")
        ?? AgencyTime.OutOfRange(line.EndsOn, "the date the condition ends")
        ?? (line.MadeOn is { } made && line.EndsOn is { } ends && ends < made ? "A condition cannot end before it was made." : null);

    public string? FirstProblem(ProceedingForm form, DateOnly today)
    {
        if (TextRules.FirstProblem([Court, CourtLocation, CourtFileNumber, AccusedLabel, CrownContact, VictimWitnessContact, PoliceService, PoliceOfficer, Outcome], form) is { } text)
        {
            return text;
        }

        if (form.Charges.Count > MostLines || form.Bans.Count > MostLines || form.Conditions.Count > MostLines)
        {
            return $"A proceeding can list at most {MostLines} charges, {MostLines} publication bans and {MostLines} conditions.";
        }

        return form.Charges.Select(c => TextRules.FirstProblem([ChargeSection, ChargeWording], c)).FirstOrDefault(p => p is not null)
            ?? form.Bans.Select(b => TextRules.FirstProblem([BanSection, BanScope, BanProtects], b) ?? AgencyTime.OutOfRange(b.MadeOn, "the date the ban was made")).FirstOrDefault(p => p is not null)
            ?? form.Conditions.Select(ConditionProblem).FirstOrDefault(p => p is not null)
            ?? CheckOpened(form.OpenedOn, today)
            ?? AgencyTime.OutOfRange(form.StatusOn, "the date of the status")
            ?? (form.StatusOn is { } since && form.OpenedOn is { } opened && since < opened ? "The status cannot date from before the proceeding opened." : null);
    }

    public static string? CheckOpened(DateTime? openedOn, DateOnly today) => openedOn switch
    {
        null => "Please give the date the proceeding began (the charge, application or first court date).",
        { } date when AgencyTime.OutOfRange(date, "the date it began") is { } range => range,
        { } date when DateOnly.FromDateTime(date) > today => "A proceeding cannot begin in the future. Court dates to come are added as court events.",
        _ => null,
    };
}
