namespace FamilyCase.Domain.Staff;

/// <summary>What the access policy needs to know about the person asking.</summary>
public sealed record StaffScope(int StaffId, StaffRole Role, int? TeamId);
