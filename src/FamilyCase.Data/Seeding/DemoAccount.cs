using FamilyCase.Domain.Staff;

namespace FamilyCase.Data.Seeding;

public sealed record DemoAccount(string UserName, string DisplayName, StaffRole Role, string? Team);
