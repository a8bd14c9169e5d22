namespace FamilyCase.Domain.Auditing;

/// <summary>One entry in the append-only access log. Holds which record and which fields, never the sensitive values.</summary>
public class AuditEvent
{
    public const int MaxDetailLength = 2000;

    public long Id { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public int? ActorStaffId { get; set; }
    public required string ActorName { get; set; }
    public AuditAction Action { get; set; }
    public string? RecordType { get; set; }
    public string? RecordId { get; set; }
    public int? FamilyId { get; set; }
    public string? Detail { get; set; }

    /// <summary>A detail cut to fit its column, so an audit event is never what makes a save fail.</summary>
    public static string? Fit(string? detail) => detail is { Length: > MaxDetailLength } ? detail[..(MaxDetailLength - 1)] + "…" : detail;
}
