using System.Globalization;
using FamilyCase.Domain.Supervision;

namespace FamilyCase.Web.Features.Dashboard;

/// <summary>A button of the dashboard's alerts, posted as "kind:id": what to do, to which record, and what to say when it is done.</summary>
public sealed record DashboardAction(string Kind, DashboardPanel Panel, long Id, string Done)
{
    public const string Alert = "alert";
    public const string Access = "emergency";
    public const string Refusal = "refusal";
    public const string Grant = "grant";
    public const string Decline = "decline";

    public static string Value(string kind, long id) => $"{kind}:{id.ToString(CultureInfo.InvariantCulture)}";

    public static DashboardAction? Parse(string? posted)
    {
        var parts = posted?.Split(':');
        if (parts is not [var kind, var number] || !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return null;
        }

        // Only refusals are numbered beyond the range of the other records (audit events).
        if (kind != Refusal && id > int.MaxValue)
        {
            return null;
        }

        return kind switch
        {
            Alert => new DashboardAction(kind, DashboardPanel.SafetyAlerts, id, "The safety alert is acknowledged."),
            Access => new DashboardAction(kind, DashboardPanel.EmergencyAccess, id, "The emergency access is acknowledged."),
            Refusal => new DashboardAction(kind, DashboardPanel.AccessRefusals, id, "The refused access is acknowledged."),
            Grant => new DashboardAction(kind, DashboardPanel.EmergencyAccess, id, "Emergency access is granted."),
            Decline => new DashboardAction(kind, DashboardPanel.EmergencyAccess, id, "The request is declined."),
            _ => null,
        };
    }
}
