using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Notes;
using FamilyCase.Domain.Plans;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Families;

/// <summary>The family unit the agency supports: the client is the whole family, not one person.</summary>
public class Family : IVersioned
{
    public int Id { get; set; }
    public required string FileNumber { get; set; }
    public required string DisplayName { get; set; }
    public FamilyStatus Status { get; set; } = FamilyStatus.Intake;
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? ClosingReason { get; set; }
    public int TeamId { get; set; }
    public Team? Team { get; set; }
    public string? PreferredLanguage { get; set; }
    public bool InterpreterNeeded { get; set; }
    public bool SafetyConcern { get; set; }
    public bool PublicationBan { get; set; }
    public bool MediaAttention { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
    public List<FamilyMember> Members { get; } = [];
    public List<FamilyAssignment> Assignments { get; } = [];
    public List<ContactNote> Notes { get; } = [];
    public List<EmergencyAccess> EmergencyAccesses { get; } = [];
    public List<Assessment> Assessments { get; } = [];
    public List<SafetyAlert> SafetyAlerts { get; } = [];
    public List<LegalProceeding> Proceedings { get; } = [];
    public List<CourtEvent> CourtEvents { get; } = [];
    public List<VictimImpactStatement> Statements { get; } = [];
    public List<PoliceContact> PoliceContacts { get; } = [];
    public List<InformationGiven> InformationGiven { get; } = [];
    public List<Interview> Interviews { get; } = [];
    public List<JusticeApplication> Applications { get; } = [];
    public List<PlanGoal> Goals { get; } = [];
    public List<DeclinedSuggestion> DeclinedSuggestions { get; } = [];
    public List<Referral> Referrals { get; } = [];
    public List<Documents.GeneratedDocument> GeneratedDocuments { get; } = [];

    public bool IsClosed => Status == FamilyStatus.Closed;

    /// <summary>
    /// A publication ban made in one of the family's proceedings puts the family's ban flag on, so every screen and document
    /// reads one flag. Bans last after a case ends, so removing it from a proceeding leaves the flag for a worker to decide.
    /// </summary>
    public void ApplyCourtOrders(LegalProceeding proceeding)
    {
        if (proceeding.PublicationBans.Count > 0)
        {
            PublicationBan = true;
        }
    }

    /// <summary>Families are closed, never deleted: the record and its history stay.</summary>
    public void Close(DateOnly closedOn, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (closedOn < OpenedOn)
        {
            throw new ArgumentOutOfRangeException(nameof(closedOn), "A file cannot close before it opened.");
        }

        Status = FamilyStatus.Closed;
        ClosedOn = closedOn;
        ClosingReason = reason.Trim();
    }

    public void Reopen(FamilyStatus status)
    {
        if (status == FamilyStatus.Closed)
        {
            throw new ArgumentOutOfRangeException(nameof(status), "Reopening needs an open status.");
        }

        Status = status;
        ClosedOn = null;
        ClosingReason = null;
    }
}
