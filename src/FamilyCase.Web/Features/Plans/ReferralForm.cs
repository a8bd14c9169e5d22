using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Plans;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Directory;
using FamilyCase.Web.Features.Shared;

namespace FamilyCase.Web.Features.Plans;

public sealed class ReferralForm : IMemberRecordForm<ReferralForm>
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int? MemberId { get; set; }

    /// <summary>A program of the directory; or, when null, <see cref="OutsideService"/> names a service outside it.</summary>
    public int? ProgramId { get; set; }
    public string? OutsideService { get; set; }
    public ServiceKind Kind { get; set; } = ServiceKind.Counselling;
    public int? GoalId { get; set; }
    public DateTime? ReferredOn { get; set; }
    public bool SharesInformation { get; set; } = true;
    public IReadOnlyCollection<ReferralBarrier> Barriers { get; set; } = [];
    public string? Outcome { get; set; }
    public ReferralStatus Status { get; set; } = ReferralStatus.Pending;
    public ReferralStatus SavedStatus { get; set; } = ReferralStatus.Pending;
    public DateTime? StatusOn { get; set; }
    public string? StatusNote { get; set; }

    /// <summary>The last status was recorded in error: the new one replaces it, and the old entry stays on record.</summary>
    public bool Correcting { get; set; }

    public ReferralForm Copy() => (ReferralForm)MemberwiseClone();

    public static readonly ComparedField<ReferralForm>[] Fields =
    [
        new("Person", f => f.MemberId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Program", f => f.ProgramId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Service outside the directory", f => f.OutsideService),
        new("Kind of service", f => DirectoryWords.Kind(f.Kind)),
        new("Goal", f => f.GoalId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Referred on", f => FormDates.Day(f.ReferredOn)),
        new("Shares their information", f => f.SharesInformation ? "Yes" : "No"),
        new("Barriers", f => string.Join(", ", f.Barriers.Order().Select(PlanWords.Barrier))),
        new("Outcome", f => f.Outcome),
        new("Status", f => PlanWords.Referral(f.Status)),
    ];
}
