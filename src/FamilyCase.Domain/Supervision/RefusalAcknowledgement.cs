namespace FamilyCase.Domain.Supervision;

/// <summary>
/// A supervisor has looked at a refused attempt to open a record by someone of their team. The audit event itself is never
/// changed, so the acknowledgement is kept beside it.
/// </summary>
public class RefusalAcknowledgement
{
    public long AuditEventId { get; set; }
    public int AcknowledgedByStaffId { get; set; }
    public DateTime AcknowledgedAtUtc { get; set; }
}
