namespace FamilyCase.Testing;

/// <summary>Demo accounts from seeds/demo/staff.json, by role.</summary>
public static class DemoPeople
{
    public const string Password = "Family-Demo-2026!";
    public const string Caseworker = "amira";
    public const string OtherCaseworker = "priya";
    public const string Supervisor = "dana";
    public const string CourtSupport = "grace";
    public const string Administrator = "sam";
}
