using FamilyCase.Domain.Plans;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;

namespace FamilyCase.Web.Features.Plans;

public sealed class GoalForm : IMemberRecordForm<GoalForm>
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int? MemberId { get; set; }
    public string? DomainKey { get; set; }
    public int? SourceAssessmentId { get; set; }
    public string InTheirWords { get; set; } = "";
    public DateTime? TargetOn { get; set; }
    public GoalStatus Status { get; set; } = GoalStatus.Active;
    public GoalStatus SavedStatus { get; set; } = GoalStatus.Active;
    public DateTime? StatusOn { get; set; }
    public string? StatusNote { get; set; }
    public List<GoalActionLine> Actions { get; set; } = [];

    public GoalForm Copy()
    {
        var copy = (GoalForm)MemberwiseClone();
        copy.Actions = Actions.Select(a => a with { }).ToList();
        return copy;
    }

    public static readonly ComparedField<GoalForm>[] Fields =
    [
        new("Person", f => f.MemberId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Need", f => f.DomainKey is null ? null : GoalSuggestions.DomainTitle(f.DomainKey)),
        new("The goal in their words", f => f.InTheirWords),
        new("Target date", f => FormDates.Day(f.TargetOn)),
        new("Status", f => PlanWords.Goal(f.Status)),
        new("Status since", f => FormDates.Day(f.StatusOn)),
        new("About the status", f => f.StatusNote),
        new("Actions", f => string.Join("; ", f.Actions.Select(a => $"{a.Who}: {a.What} {FormDates.Day(a.ByOn)}{(a.Done ? " (done)" : "")}"))),
    ];
}

/// <summary>One action towards a goal: who does what, by when.</summary>
public sealed record GoalActionLine
{
    public int Id { get; set; }
    public string Who { get; set; } = "";
    public string What { get; set; } = "";
    public DateTime? ByOn { get; set; }
    public bool Done { get; set; }
}
