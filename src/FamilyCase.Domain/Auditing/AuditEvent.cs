namespace FamilyCase.Domain.Auditing;

/// <summary>One entry in the append-only access log. Holds which record and which fields, never the sensitive values.</summary>
public class AuditEvent
{
    public long Id { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public int? ActorStaffId { get; set; }
    public required string ActorName { get; set; }
    public AuditAction Action { get; set; }
    public string? RecordType { get; set; }
    public string? RecordId { get; set; }
    public int? FamilyId { get; set; }
    public string? Detail { get; set; }
}
