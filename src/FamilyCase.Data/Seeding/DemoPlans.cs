using System.Text.Json;
using System.Text.Json.Serialization;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Data.Seeding;

public sealed record DirectorySeed(IReadOnlyList<OrganisationSeed> Organisations);

public sealed record OrganisationSeed(string Name, IReadOnlyList<ProgramSeed> Programs, string? Website = null, string? Phone = null, string? Email = null, string? About = null, int? RetiredDaysAgo = null);

public sealed record ProgramSeed(
    string Name,
    IReadOnlyList<ServiceKind> Kinds,
    IReadOnlyList<string> Areas,
    IReadOnlyList<string> Languages,
    ServiceCost Cost,
    bool TraumaInformed,
    ReferralRoute Route,
    string? Eligibility = null,
    string? CostNote = null,
    string? HowToRefer = null,
    string? Contact = null,
    int? TypicalWaitDays = null,
    int? RetiredDaysAgo = null);

public sealed record PlansSeed(IReadOnlyList<GoalSeed> Goals, IReadOnlyList<ReferralSeed> Referrals);

public sealed record GoalSeed(
    string Family,
    string Member,
    string Domain,
    string InTheirWords,
    int CreatedDaysAgo,
    GoalStatus Status = GoalStatus.Active,
    int? StatusDaysAgo = null,
    string? StatusNote = null,
    int? TargetInDays = null,
    bool FromCheckIn = false,
    IReadOnlyList<GoalActionSeed>? Actions = null);

public sealed record GoalActionSeed(string Who, string What, int? ByInDays = null, bool Done = false);

public sealed record ReferralSeed(
    string Family,
    string Member,
    int ReferredDaysAgo,
    ServiceKind Kind,
    bool SharesInformation,
    IReadOnlyList<ReferralStepSeed> Steps,
    string? Program = null,
    string? OutsideService = null,
    string? Goal = null,
    IReadOnlyList<ReferralBarrier>? Barriers = null,
    string? Outcome = null);

public sealed record ReferralStepSeed(ReferralStatus Status, int DaysAgo, string? Note = null);

/// <summary>
/// Loads <c>seeds/demo/directory.json</c> and <c>plans.json</c> once the families are saved, through the same status rules the app
/// uses, so a seed that breaks a rule fails loudly. A referral that shares information comes with the consent that allowed it.
/// </summary>
internal static class DemoPlans
{
    public const string DirectoryFile = "directory.json";
    public const string PlansFile = "plans.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task SeedAsync(FamilyCaseDb db, string folder, DateOnly today, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var directory = await ReadAsync(Path.Combine(folder, DirectoryFile), new DirectorySeed([]), cancellationToken);
        var organisations = directory.Organisations.Select(o => Organisation(o, today, nowUtc)).ToList();
        db.ServiceOrganisations.AddRange(organisations);
        var programs = organisations.SelectMany(o => o.Programs).ToDictionary(p => p.Name, StringComparer.Ordinal);

        var plans = await ReadAsync(Path.Combine(folder, PlansFile), new PlansSeed([], []), cancellationToken);
        var fileNumbers = plans.Goals.Select(g => g.Family).Concat(plans.Referrals.Select(r => r.Family)).ToHashSet();
        var families = await db.Families.Where(f => fileNumbers.Contains(f.FileNumber))
            .Include(f => f.Members).Include(f => f.Assignments)
            .ToDictionaryAsync(f => f.FileNumber, cancellationToken);
        var checkIns = await db.Assessments.Where(a => a.InstrumentCode == FamilyNeedsCheckIn.Code && a.IsComplete)
            .GroupBy(a => a.FamilyMemberId).Select(g => new { Member = g.Key, Latest = g.Max(a => a.Id) })
            .ToDictionaryAsync(x => x.Member, x => x.Latest, cancellationToken);

        var goals = new Dictionary<(int Member, string Domain), PlanGoal>();
        foreach (var seed in plans.Goals)
        {
            var family = FamilyOf(families, seed.Family);
            var member = Member(family, seed.Member);
            var goal = new PlanGoal
            {
                FamilyId = family.Id, FamilyMemberId = member.Id, DomainKey = DomainKey(seed.Domain), InTheirWords = seed.InTheirWords,
                SourceAssessmentId = seed.FromCheckIn ? checkIns.GetValueOrDefault(member.Id) : null,
                TargetOn = seed.TargetInDays is { } target ? today.AddDays(target) : null, Status = seed.Status,
                StatusOn = today.AddDays(-(seed.StatusDaysAgo ?? seed.CreatedDaysAgo)), StatusNote = seed.StatusNote,
                CreatedAtUtc = nowUtc.AddDays(-seed.CreatedDaysAgo), UpdatedAtUtc = nowUtc.AddDays(-(seed.StatusDaysAgo ?? seed.CreatedDaysAgo)),
            };
            goal.Actions.AddRange((seed.Actions ?? []).Select(a => new GoalAction
            {
                FamilyId = family.Id, Who = a.Who, What = a.What, ByOn = a.ByInDays is { } by ? today.AddDays(by) : null, Done = a.Done,
            }));
            goals.TryAdd((member.Id, goal.DomainKey), goal);
            db.Goals.Add(goal);
        }

        foreach (var seed in plans.Referrals)
        {
            var family = FamilyOf(families, seed.Family);
            var member = Member(family, seed.Member);
            var program = seed.Program is null ? null
                : programs.TryGetValue(seed.Program, out var found) ? found : throw new InvalidDataException($"The plans seed names unknown program '{seed.Program}'.");
            var worker = family.Assignments.FirstOrDefault(a => a.EndedAtUtc is null)?.StaffMemberId
                ?? throw new InvalidDataException($"{family.FileNumber} has no worker to record its referrals.");
            var referral = new Referral
            {
                FamilyId = family.Id, FamilyMemberId = member.Id, Program = program, OutsideService = seed.OutsideService, Kind = seed.Kind,
                Goal = seed.Goal is null ? null : goals.GetValueOrDefault((member.Id, seed.Goal)) ?? throw new InvalidDataException($"The plans seed links a referral to no goal '{seed.Goal}' of {seed.Member}."),
                ReferredOn = today.AddDays(-seed.ReferredDaysAgo), SharesInformation = seed.SharesInformation,
                Barriers = (seed.Barriers ?? []).Aggregate(ReferralBarrier.None, (all, b) => all | b), Outcome = seed.Outcome,
                CreatedAtUtc = nowUtc.AddDays(-seed.ReferredDaysAgo), UpdatedAtUtc = nowUtc,
            };
            var steps = seed.Steps.Count > 0 ? seed.Steps : throw new InvalidDataException($"A referral of {seed.Member} in {seed.Family} has no status.");
            Check(ReferralHistory.Start(referral, steps[0].Status, today.AddDays(-steps[0].DaysAgo), worker, nowUtc.AddDays(-steps[0].DaysAgo), steps[0].Note), seed);
            foreach (var step in steps.Skip(1))
            {
                Check(ReferralHistory.Move(referral, step.Status, today.AddDays(-step.DaysAgo), worker, nowUtc.AddDays(-step.DaysAgo), step.Note), seed);
            }

            db.Referrals.Add(referral);
            if (seed.SharesInformation && program?.Organisation is { } organisation)
            {
                db.Consents.Add(new Consent
                {
                    FamilyId = family.Id, FamilyMemberId = member.Id, Scope = ConsentScope.ShareWithProvider, Recipient = organisation.Name, Given = true,
                    DecidedOn = referral.ReferredOn, RecordedByStaffId = worker, RecordedAtUtc = referral.CreatedAtUtc, Note = "Agreed when the referral was made.",
                });
            }
        }
    }

    private static ServiceOrganisation Organisation(OrganisationSeed seed, DateOnly today, DateTime nowUtc)
    {
        var organisation = new ServiceOrganisation
        {
            Name = seed.Name, Website = seed.Website, Phone = seed.Phone, Email = seed.Email, About = seed.About,
            RetiredOn = seed.RetiredDaysAgo is { } retired ? today.AddDays(-retired) : null, CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
        };
        organisation.Programs.AddRange(seed.Programs.Select(p => new ServiceProgram
        {
            Organisation = organisation, Name = p.Name, Kinds = TermList.Format(p.Kinds.Select(k => k.ToString())), Areas = TermList.Format(p.Areas),
            Languages = TermList.Format(p.Languages), Eligibility = p.Eligibility, Cost = p.Cost, CostNote = p.CostNote, TraumaInformed = p.TraumaInformed,
            Route = p.Route, HowToRefer = p.HowToRefer, Contact = p.Contact, TypicalWaitDays = p.TypicalWaitDays,
            RetiredOn = p.RetiredDaysAgo is { } retired ? today.AddDays(-retired) : null, CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
        }));
        return organisation;
    }

    private static void Check(string? problem, ReferralSeed seed)
    {
        if (problem is not null)
        {
            throw new InvalidDataException($"A referral of {seed.Member} in {seed.Family} breaks a rule: {problem}");
        }
    }

    private static string DomainKey(string key) =>
        FamilyNeedsCheckIn.Domains.Any(d => d.Key == key) ? key : throw new InvalidDataException($"The plans seed names unknown need domain '{key}'.");

    private static Family FamilyOf(Dictionary<string, Family> families, string fileNumber) =>
        families.TryGetValue(fileNumber, out var family) ? family : throw new InvalidDataException($"The plans seed names unknown family '{fileNumber}'.");

    private static FamilyMember Member(Family family, string firstName) =>
        family.Members.FirstOrDefault(m => m.FirstName == firstName)
        ?? throw new InvalidDataException($"The plans seed names '{firstName}', who is not in {family.FileNumber}.");

    private static async Task<T> ReadAsync<T>(string path, T empty, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return empty;
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken) ?? empty;
    }
}
