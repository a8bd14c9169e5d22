using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Caseload;

public enum CaseloadSort
{
    RecentlyUpdated,
    FileNumber,
    FamilyName,
    Status,
}

public sealed record CaseloadRequest(string? Search, CaseloadSort Sort, bool Descending, int Page, int PageSize)
{
    public FamilyStatus? Status { get; init; }
    public int? TeamId { get; init; }
    public bool SafetyConcernOnly { get; init; }
    public bool PublicationBanOnly { get; init; }
    public bool MediaAttentionOnly { get; init; }
}

public sealed record TeamChoice(int Id, string Name);

public sealed record CaseloadRow(
    int Id,
    string FileNumber,
    string DisplayName,
    FamilyStatus Status,
    string Team,
    bool SafetyConcern,
    bool PublicationBan,
    bool MediaAttention,
    int MemberCount,
    string? PrimaryWorker,
    DateTime UpdatedAtUtc,
    int OverdueCheckIns)
{
    public DateTime? NextCourtDateUtc { get; init; }
    public int DeadlinesOverdue { get; init; }
    public int DeadlinesDueSoon { get; init; }
}

public sealed record CaseloadResult(IReadOnlyList<CaseloadRow> Rows, int Total);

/// <summary>One page of the families the signed-in person may see, searched by family name, member name or file number.</summary>
public sealed class CaseloadQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AssessmentRules rules, AgencyTime time, ApplicationDeadlines deadlines, AuditTrail audit)
{
    public const int MaxPageSize = 100;

    /// <summary>Searches are limited, so a pasted page cannot slow the caseload down for everyone.</summary>
    public const int LongestSearch = 100;

    /// <summary>One page of the caseload; every load is audited with the filters used and the number of families, never the words searched for.</summary>
    public async Task<CaseloadResult> ExecuteAsync(SignedInStaff staff, CaseloadRequest request, CancellationToken cancellationToken)
    {
        var scope = staff.Scope;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var families = db.Families.AsNoTracking().VisibleTo(scope, clock.GetUtcNow().UtcDateTime);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var words = request.Search.Trim();
            var pattern = $"%{EscapeLike(words.Length > LongestSearch ? words[..LongestSearch] : words)}%";
            families = families.Where(f =>
                EF.Functions.Like(f.FileNumber, pattern, "\\")
                || EF.Functions.Like(f.DisplayName, pattern, "\\")
                || f.Members.Any(m => EF.Functions.Like(m.FirstName, pattern, "\\")
                    || EF.Functions.Like(m.LastName, pattern, "\\")
                    || EF.Functions.Like(m.PreferredName!, pattern, "\\")));
        }

        if (request.Status is { } status)
        {
            families = families.Where(f => f.Status == status);
        }

        if (request.TeamId is { } teamId)
        {
            families = families.Where(f => f.TeamId == teamId);
        }

        if (request.SafetyConcernOnly)
        {
            families = families.Where(f => f.SafetyConcern);
        }

        if (request.PublicationBanOnly)
        {
            families = families.Where(f => f.PublicationBan);
        }

        if (request.MediaAttentionOnly)
        {
            families = families.Where(f => f.MediaAttention);
        }

        var total = await families.CountAsync(cancellationToken);
        var dueBefore = CheckInSchedule.OverdueIfCompletedBeforeUtc(time.Today(clock), time, rules);
        var seesAssessments = FamilyAccessPolicy.SeesAssessments(scope.Role);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = ApplicationDeadlines.OverdueOn(time.Today(clock));
        var dueSoon = deadlines.DueSoonOn(time.Today(clock));
        var rows = await Sort(families, request.Sort, request.Descending)
            .Skip(Math.Max(0, request.Page) * pageSize)
            .Take(pageSize)
            .Select(f => new CaseloadRow(
                f.Id,
                f.FileNumber,
                f.DisplayName,
                f.Status,
                f.Team!.Name,
                f.SafetyConcern,
                f.PublicationBan,
                f.MediaAttention,
                f.Members.Count,
                f.Assignments.Where(a => a.Kind == AssignmentKind.Primary && a.EndedAtUtc == null).Select(a => a.StaffMember!.DisplayName).FirstOrDefault(),
                f.UpdatedAtUtc,
                // People whose latest finished check-in is older than the reassessment cycle; assessment content, so not for court support.
                !seesAssessments ? 0 : f.Members.AsQueryable().Count(CheckInSchedule.Overdue(dueBefore)))
            {
                NextCourtDateUtc = f.CourtEvents.Where(e => e.StartsAtUtc >= now).Min(e => (DateTime?)e.StartsAtUtc),
                DeadlinesOverdue = f.Applications.AsQueryable().Count(overdue),
                DeadlinesDueSoon = f.Applications.AsQueryable().Count(dueSoon),
            })
            .ToListAsync(cancellationToken);
        if (FamilyAccessPolicy.SeesCaseContent(scope.Role))
        {
            await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Caseload", null, null, Describe(request, pageSize, total)), request.Search?.Trim(), cancellationToken);
        }

        return new CaseloadResult(rows, total);
    }

    // The filters and the number of results; the words searched for are never stored (they are often names).
    private static string Describe(CaseloadRequest request, int pageSize, int total)
    {
        var used = new List<string>();
        if (!string.IsNullOrWhiteSpace(request.Search)) used.Add("search");
        if (request.Status is { } status) used.Add($"status {status}");
        if (request.TeamId is { } team) used.Add($"team {team}");
        if (request.SafetyConcernOnly) used.Add("safety concern");
        if (request.PublicationBanOnly) used.Add("publication ban");
        if (request.MediaAttentionOnly) used.Add("media attention");
        return $"Caseload page {Math.Max(0, request.Page) + 1} ({pageSize} a page, sorted by {request.Sort}): {total} families"
            + (used.Count == 0 ? "" : $"; filtered by {string.Join(", ", used)}");
    }

    /// <summary>The teams of the families this person can see, for the team filter.</summary>
    public async Task<IReadOnlyList<TeamChoice>> TeamsAsync(SignedInStaff staff, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var teamIds = db.Families.VisibleTo(staff.Scope, clock.GetUtcNow().UtcDateTime).Select(f => f.TeamId).Distinct();
        return await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).OrderBy(t => t.Name)
            .Select(t => new TeamChoice(t.Id, t.Name)).ToListAsync(cancellationToken);
    }

    // Every order ends with the id, so paging never skips or repeats a family.
    private static IOrderedQueryable<Family> Sort(IQueryable<Family> families, CaseloadSort sort, bool descending) => (sort, descending) switch
    {
        (CaseloadSort.FileNumber, false) => families.OrderBy(f => f.FileNumber).ThenBy(f => f.Id),
        (CaseloadSort.FileNumber, true) => families.OrderByDescending(f => f.FileNumber).ThenByDescending(f => f.Id),
        (CaseloadSort.FamilyName, false) => families.OrderBy(f => f.DisplayName).ThenBy(f => f.Id),
        (CaseloadSort.FamilyName, true) => families.OrderByDescending(f => f.DisplayName).ThenByDescending(f => f.Id),
        (CaseloadSort.Status, false) => families.OrderBy(f => f.Status).ThenByDescending(f => f.UpdatedAtUtc).ThenByDescending(f => f.Id),
        (CaseloadSort.Status, true) => families.OrderByDescending(f => f.Status).ThenByDescending(f => f.UpdatedAtUtc).ThenByDescending(f => f.Id),
        (_, false) => families.OrderBy(f => f.UpdatedAtUtc).ThenBy(f => f.Id),
        _ => families.OrderByDescending(f => f.UpdatedAtUtc).ThenByDescending(f => f.Id),
    };

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
