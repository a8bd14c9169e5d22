namespace FamilyCase.Data.Auditing;

/// <summary>The person (or the system, with no staff id) in whose name changes are saved.</summary>
public sealed record AuditActor(int? StaffId, string Name, bool IsBulkImport = false)
{
    public static readonly AuditActor System = new(null, "FamilyCase (system)");

    /// <summary>Demo and synthetic data: one audit event per save instead of one per record.</summary>
    public static readonly AuditActor Import = new(null, "FamilyCase (data import)", IsBulkImport: true);
}
