using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Justice;

public enum StatementStatus
{
    Offered,
    Drafting,
    Filed,
    ReadInCourt,
    FiledInWriting,
    Declined,
}

public enum StatementFormat
{
    Written,
    ReadAloud,
    WithDrawing,
    Recorded,
}

/// <summary>
/// A victim impact statement (Criminal Code s. 722, Form 34.2). Parents, siblings and extended family are victims in their own
/// right (s. 2) and may each file their own.
/// </summary>
public class VictimImpactStatement : IVersioned
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public int ProceedingId { get; set; }
    public LegalProceeding? Proceeding { get; set; }
    public int FamilyMemberId { get; set; }
    public FamilyMember? Member { get; set; }
    public StatementStatus Status { get; set; }
    public StatementFormat? Format { get; set; }
    public DateOnly StatusOn { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
}

public static class StatementStatuses
{
    /// <summary>A statement moves forward; once read or filed in writing it is done. Declining is the person's choice at any stage before then, and can be changed.</summary>
    public static readonly StatusMoves<StatementStatus> Moves = new(
        new Dictionary<StatementStatus, StatementStatus[]>
        {
            [StatementStatus.Offered] = [StatementStatus.Drafting, StatementStatus.Filed, StatementStatus.Declined],
            [StatementStatus.Drafting] = [StatementStatus.Filed, StatementStatus.Declined],
            [StatementStatus.Filed] = [StatementStatus.ReadInCourt, StatementStatus.FiledInWriting],
            [StatementStatus.Declined] = [StatementStatus.Offered, StatementStatus.Drafting],
        },
        from => from is StatementStatus.ReadInCourt or StatementStatus.FiledInWriting
            ? "This statement has been presented to the court, so its status is final."
            : $"A statement that is {from.ToString().ToLowerInvariant()} cannot move to that status.");
}
