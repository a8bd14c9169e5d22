using System.Globalization;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Scoring;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Plans;
using FamilyCase.Domain.Supervision;
using FamilyCase.Web.Features.Assessments;
using FamilyCase.Web.Features.Shared;

namespace FamilyCase.Web.Features.Dashboard;

/// <summary>What each dashboard number is called, and what each of its records says, on screen and in the CSV alike.</summary>
public static class DashboardWords
{
    public const string NoPrimaryWorker = "No primary worker";

    public static string Introduction(string scope, bool team) => team
        ? $"Where the families of {scope} are waiting. Each number opens the families behind it."
        : "Where your families are waiting. Each number opens the families behind it.";

    /// <summary>The address of a panel's drill-down, which is also how the dashboard links each number.</summary>
    public static string Slug(DashboardPanel panel) => string.Concat(panel.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static DashboardPanel? FromSlug(string? slug) => Enum.GetValues<DashboardPanel>().Select(p => (DashboardPanel?)p).FirstOrDefault(p => Slug(p!.Value) == slug);

    public static string DrillDownPath(DashboardPanel panel, PanelFilter? filter = null)
    {
        var query = new List<string>();
        if (filter?.Worker is { } worker) query.Add($"worker={worker.ToString(CultureInfo.InvariantCulture)}");
        if (filter?.Month is { } month) query.Add($"month={month:yyyy-MM}");
        if (filter?.Barrier is { } barrier) query.Add($"barrier={barrier.ToString(CultureInfo.InvariantCulture)}");
        if (filter?.Program is { } program) query.Add($"program={program.ToString(CultureInfo.InvariantCulture)}");
        return $"/dashboard/{Slug(panel)}" + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }

    public static string Heading(DashboardPanel panel, DashboardThresholds t) => panel switch
    {
        DashboardPanel.SafetyAlerts => "Safety alerts not yet acknowledged",
        DashboardPanel.EmergencyAccess => "Emergency access to acknowledge",
        DashboardPanel.AccessRefusals => $"Refused access in the last {Days(t.RefusalLookbackDays)}",
        DashboardPanel.AwaitingSignOff => "Assessments awaiting sign-off",
        DashboardPanel.OverdueCheckIns => "Check-ins overdue",
        DashboardPanel.CourtUnaccompanied => $"Going to court in the next {Days(t.CourtWindowDays)} with nobody from the agency",
        DashboardPanel.DeadlinesSoon => $"Deadlines passed or within {Days(t.DeadlineWindowDays)}",
        DashboardPanel.ReferralsWaiting => $"Referrals waiting more than {Days(t.ReferralWaitDays)}",
        DashboardPanel.PoliceNotSupportive => $"Police contacts described as not supportive, last {Days(t.PoliceLookbackDays)}",
        DashboardPanel.NoRecentContact => $"Families with no contact note in {Days(t.NoContactDays)}",
        DashboardPanel.LongIntake => $"Files in intake longer than {Days(t.IntakeDays)}",
        DashboardPanel.WorkerCaseload => "Caseload",
        DashboardPanel.OpenedInMonth => "New files",
        DashboardPanel.ClosedInMonth => "Closed files",
        DashboardPanel.OpenAtMonthEnd => "Open families",
        _ => $"Your court dates in the next {Days(t.CourtWindowDays)}",
    };

    /// <summary>A drill-down's title: the panel's heading narrowed by its filter.</summary>
    public static string Title(DashboardPanel panel, PanelFilter filter, DashboardWindow window, string? worker = null)
    {
        var heading = Heading(panel, window.Thresholds);
        var parts = new List<string>();
        if (filter.Month is { } month) parts.Add(month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-CA")));
        if (filter.Barrier is { } barrier) parts.Add($"barrier: {PlanWords.Barrier((ReferralBarrier)barrier).ToLowerInvariant()}");
        if (filter.Program is not null) parts.Add("one program");
        if (filter.Worker is { } workerId) parts.Add(workerId == 0 ? "families with no primary worker" : $"{worker ?? "one worker"}'s families");
        return parts.Count == 0 ? heading : $"{heading} — {string.Join(", ", parts)}";
    }

    /// <summary>What the record is, in a few plain words.</summary>
    public static string What(DashboardPanel panel, PanelItem item) => panel switch
    {
        DashboardPanel.SafetyAlerts => AssessmentWords.Alert((AlertKind)item.Code) + (item.Detail is null ? ". No safety check recorded yet" : $". Safety check: “{item.Detail}”"),
        DashboardPanel.EmergencyAccess => $"{item.Person} opened {(item.Family is null ? $"family file {item.FileNumber} of the {item.Team} team" : "the file")}{(item.MoreDetail is { } by ? $", granted by {by}" : "")}. Reason: “{item.Detail}”",
        DashboardPanel.AccessRefusals => $"{item.Person} was refused {Record(item.Detail)}{(item.MoreDetail is { } detail ? $" ({detail})" : "")}",
        DashboardPanel.AwaitingSignOff => $"{Instrument(item.Detail)} given by {item.MoreDetail}" + (item is { Code: 1, Number: 0 } ? " — you gave it, so another supervisor signs it off" : ""),
        DashboardPanel.OverdueCheckIns => "Last check-in finished",
        DashboardPanel.CourtUnaccompanied => $"{JusticeWords.Event((CourtEventKind)item.Code)} at {item.Detail}, as {JusticeWords.Role((AttendanceRole)item.Number).ToLowerInvariant()}",
        DashboardPanel.DeadlinesSoon => item.Number == 1 ? "Victim impact statement not yet filed; sentencing" : $"{JusticeWords.Application((ApplicationKind)item.Code)} due",
        DashboardPanel.ReferralsWaiting => $"{item.Detail ?? DirectoryWords.Kind((ServiceKind)item.Code)}{(item.MoreDetail is { } organisation ? $" ({organisation})" : "")}"
            + (item.Number == 0 ? "" : "; barriers: " + string.Join(", ", ReferralStatuses.Split((ReferralBarrier)item.Number).Select(PlanWords.Barrier)).ToLowerInvariant()),
        DashboardPanel.PoliceNotSupportive => $"Contact with {item.Detail}",
        DashboardPanel.NoRecentContact => item.AtUtc is null ? "No contact note yet" : "Last contact note",
        DashboardPanel.CourtDay => $"{JusticeWords.Event((CourtEventKind)item.Code)} at {item.Detail}: {People(item.SecondId ?? 0)} attending"
            + (item.Number == 0 ? "" : $", {item.Number} with nobody from the agency"),
        _ => $"{FamilyWords.Status((FamilyStatus)item.Code)}, {People(item.Number)}, opened",
    };

    /// <summary>The assessment a record opens, for the panels about assessments.</summary>
    public static long? Assessment(DashboardPanel panel, PanelItem item) => panel switch
    {
        DashboardPanel.AwaitingSignOff => item.ItemId,
        DashboardPanel.SafetyAlerts => item.SecondId,
        _ => null,
    };

    /// <summary>When, written for the agency's day.</summary>
    public static string When(PanelItem item, DashboardWindow window) => item switch
    {
        { AtUtc: { } at } => window.Time.Format(at),
        { On: { } on } => on.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-CA")),
        _ => "",
    };

    /// <summary>For waiting referrals: how long since the referral.</summary>
    public static string? Waited(DashboardPanel panel, PanelItem item, DashboardWindow window) =>
        panel == DashboardPanel.ReferralsWaiting && item.On is { } on ? PlanWords.Days(window.Today.DayNumber - on.DayNumber) : null;

    public static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    public static string People(int count) => count == 1 ? "1 person" : $"{count} people";

    private static string Record(string? recordType) => recordType switch
    {
        "Family" => "a family file",
        "Member" => "a person's record",
        "Assessment" => "an assessment",
        null => "a record",
        var other => $"a {other.ToLowerInvariant()} record",
    };

    private static string Instrument(string? code) =>
        code is not null && InstrumentCatalog.Standard.All.FirstOrDefault(d => d.Code == code) is { } definition ? definition.ShortTitle : "An assessment";
}
