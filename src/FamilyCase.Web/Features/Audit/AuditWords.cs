using System.Text.RegularExpressions;

namespace FamilyCase.Web.Features.Audit;

/// <summary>Turns the audit trail's record types and field names into the words a supervisor reads.</summary>
public static partial class AuditWords
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["DisplayName"] = "family name",
        ["EndedAtUtc"] = "end of assignment",
        ["OccurredAtUtc"] = "date and time",
        ["MembersInvolved"] = "people involved",
        ["SafeContact.Phone"] = "safe phone",
        ["SafeContact.Email"] = "safe email",
        ["SafeContact.Address"] = "safe address",
        ["SafeContact.VoicemailIsSafe"] = "voicemail is safe",
        ["SafeContact.MailIsSafe"] = "mail is safe",
        ["SafeContact.BestTimes"] = "best times to reach",
        ["SafeContact.CodeWord"] = "code word",
        ["RecognisedAsVictim"] = "recognised as a victim of crime",
        ["RegisteredWithVictimServices"] = "registered with victim services",
    };

    private static readonly Dictionary<string, string> Records = new(StringComparer.Ordinal)
    {
        ["Family"] = "Family file",
        ["Member"] = "Family member",
        ["Note"] = "Contact note",
        ["Consent"] = "Consent decision",
        ["Assignment"] = "Assignment",
        ["EmergencyAccess"] = "Emergency access",
        ["Assessment"] = "Assessment",
        ["AssessmentAnswer"] = "Assessment answer",
        ["SafetyAlert"] = "Safety alert",
        ["EmergencyAccessRequest"] = "Request for emergency access",
        ["AuditTrail"] = "Audit trail",
        ["Caseload"] = "Caseload",
        ["Goal"] = "Plan goal",
        ["GoalAction"] = "Goal action",
        ["DeclinedSuggestion"] = "Declined goal suggestion",
        ["Referral"] = "Referral",
        ["ReferralStep"] = "Referral status entry",
        ["ServiceOrganisation"] = "Directory organisation",
        ["ServiceProgram"] = "Directory program",
        ["ReferralReport"] = "Referral report",
        ["Team"] = "Team",
    };

    public static string Action(Domain.Auditing.AuditAction action) => action switch
    {
        Domain.Auditing.AuditAction.View => "Opened",
        Domain.Auditing.AuditAction.Create => "Added",
        Domain.Auditing.AuditAction.Change => "Changed",
        Domain.Auditing.AuditAction.Close => "Closed the file",
        Domain.Auditing.AuditAction.Delete => "Deleted",
        Domain.Auditing.AuditAction.Print => "Printed",
        Domain.Auditing.AuditAction.Export => "Exported",
        Domain.Auditing.AuditAction.SignIn => "Signed in",
        Domain.Auditing.AuditAction.SignInFailed => "Sign-in failed",
        Domain.Auditing.AuditAction.LockedOut => "Locked out",
        Domain.Auditing.AuditAction.SignOut => "Signed out",
        Domain.Auditing.AuditAction.AccessRefused => "Refused access",
        _ => "Emergency access",
    };

    public static string Record(string? recordType, string? recordId) =>
        recordType is null ? "" : $"{(Records.TryGetValue(recordType, out var words) ? words : Sentence(recordType))} {recordId}".Trim();

    // A record type without its own words reads as a phrase ("CourtAttendance" as "Court attendance").
    private static string Sentence(string name)
    {
        var spaced = Words().Replace(name, " $1").ToLowerInvariant();
        return char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }

    public static string? Detail(string? detail)
    {
        const string changed = "Changed: ";
        if (detail is null || !detail.StartsWith(changed, StringComparison.Ordinal))
        {
            return detail;
        }

        var fields = detail[changed.Length..].Split(", ").Select(Field);
        return "Changed " + string.Join(", ", fields);
    }

    public static string Field(string name) =>
        Fields.TryGetValue(name, out var words) ? words : Words().Replace(name.Replace("Utc", "", StringComparison.Ordinal), " $1").Trim().ToLowerInvariant();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Words();
}
