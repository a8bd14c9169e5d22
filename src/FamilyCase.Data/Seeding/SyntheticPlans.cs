using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Data.Seeding;

/// <summary>
/// The generator's service directory, goals and referrals: a directory spread over the agency's areas (with some needs left
/// without a service in some areas, as in life), and for each family a goal or two and a referral with a realistic history.
/// </summary>
internal sealed class SyntheticPlans(Random random, DateOnly today, DateTime nowUtc)
{
    private const int Organisations = 40;
    private const int ProgramsPerOrganisation = 5;
    private static readonly string[] Languages = ["English", "French", "Arabic", "Punjabi", "Somali", "Spanish", "Tamil", "Tagalog", "Portuguese"];

    private List<(int Id, IReadOnlyList<ServiceKind> Kinds)> _programs = [];

    public int Goals { get; private set; }

    public int Referrals { get; private set; }

    /// <summary>Makes the directory once per database, or reads the one there.</summary>
    public async Task LoadDirectoryAsync(FamilyCaseDb db, CancellationToken cancellationToken)
    {
        if (!await db.ServicePrograms.AnyAsync(p => p.Name.StartsWith("Synthetic"), cancellationToken))
        {
            var areas = Catchment.StandardAreas.Skip(1).ToList();
            var kinds = Enum.GetValues<ServiceKind>().Where(k => k != ServiceKind.Other).ToList();
            for (var o = 1; o <= Organisations; o++)
            {
                var organisation = new ServiceOrganisation { Name = $"Synthetic services {o:D3}", CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc };
                for (var p = 1; p <= ProgramsPerOrganisation; p++)
                {
                    var offered = kinds.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
                    var served = random.Next(10) == 0 ? [Catchment.ProvinceWide] : areas.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
                    if (offered.Contains(ServiceKind.HealthAndSleep) && served.Contains(Catchment.ProvinceWide))
                    {
                        // Health and sleep stays local, so some areas have no such service and the report shows it.
                        served = [areas[o % 3]];
                    }

                    organisation.Programs.Add(new ServiceProgram
                    {
                        Organisation = organisation, Name = $"Synthetic program {o:D3}-{p}", Kinds = TermList.Format(offered.Select(k => k.ToString())),
                        Areas = TermList.Format(served), Languages = TermList.Format(Languages.OrderBy(_ => random.Next()).Take(random.Next(1, 4))),
                        Cost = (ServiceCost)random.Next(4), TraumaInformed = random.Next(6) != 0, Route = (ReferralRoute)random.Next(2),
                        TypicalWaitDays = random.Next(0, 120), CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
                    });
                }

                db.ServiceOrganisations.Add(organisation);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        _programs = (await db.ServicePrograms.AsNoTracking().Where(p => p.Name.StartsWith("Synthetic")).Select(p => new { p.Id, p.Kinds }).ToListAsync(cancellationToken))
            .Select(p => (p.Id, (IReadOnlyList<ServiceKind>)TermList.Parse(p.Kinds).Select(Enum.Parse<ServiceKind>).ToList())).ToList();
    }

    /// <summary>Adds goals and referrals to a saved family, so every row has its family's and members' ids.</summary>
    public void AddTo(FamilyCaseDb db, Family family, int workerId)
    {
        var adults = family.Members.Where(m => PlanEligibility.HasPlan(m.Role)).ToList();
        if (adults.Count == 0)
        {
            return;
        }

        for (var g = random.Next(1, 3); g > 0; g--)
        {
            var member = adults[random.Next(adults.Count)];
            var domain = FamilyNeedsCheckIn.Domains[random.Next(FamilyNeedsCheckIn.Domains.Count)];
            var goal = new PlanGoal
            {
                FamilyId = family.Id, FamilyMemberId = member.Id, DomainKey = domain.Key, InTheirWords = domain.SuggestedGoal,
                Status = random.Next(10) switch { < 6 => GoalStatus.Active, < 8 => GoalStatus.Achieved, 8 => GoalStatus.Changed, _ => GoalStatus.Stopped },
                StatusOn = today.AddDays(-random.Next(0, 300)), CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
            };
            goal.Actions.Add(new GoalAction { FamilyId = family.Id, Who = "Worker", What = "Call the program together", ByOn = today.AddDays(random.Next(-30, 30)), Done = random.Next(2) == 0 });
            db.Goals.Add(goal);
            Goals++;
            if (random.Next(3) != 0)
            {
                db.Referrals.Add(Referral(family.Id, member.Id, domain.Key, workerId));
                Referrals++;
            }
        }
    }

    private Referral Referral(int familyId, int memberId, string domainKey, int workerId)
    {
        var wanted = NeedServiceMatch.KindsFor(domainKey);
        var kind = wanted[random.Next(wanted.Count)];
        var offering = _programs.Where(p => p.Kinds.Contains(kind)).ToList();
        var referredAgo = random.Next(10, 700);
        var referral = new Referral
        {
            FamilyId = familyId, FamilyMemberId = memberId, Kind = kind, ReferredOn = today.AddDays(-referredAgo), SharesInformation = random.Next(3) != 0,
            Barriers = (ReferralBarrier)(1 << random.Next(11)) | (random.Next(3) == 0 ? (ReferralBarrier)(1 << random.Next(11)) : ReferralBarrier.None),
            CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
        };
        if (offering.Count > 0 && random.Next(12) != 0)
        {
            referral.ProgramId = offering[random.Next(offering.Count)].Id;
        }
        else
        {
            referral.OutsideService = "A service outside the directory";
        }

        var wait = Math.Min(referredAgo, (int)(random.NextDouble() * random.NextDouble() * 150));
        var at = nowUtc.AddDays(-referredAgo);
        var started = random.Next(3) == 0 ? ReferralStatus.Waitlisted : ReferralStatus.Pending;
        Check(ReferralHistory.Start(referral, started, referral.ReferredOn, workerId, at));
        switch (random.Next(20))
        {
            case < 3:
                break;
            case < 5:
                Check(ReferralHistory.Move(referral, ReferralStatus.Waitlisted, referral.ReferredOn.AddDays(1), workerId, at.AddDays(1)));
                break;
            case 5:
                Check(ReferralHistory.Move(referral, ReferralStatus.NotEligible, referral.ReferredOn.AddDays(wait), workerId, at.AddDays(wait)));
                break;
            case 6:
                Check(ReferralHistory.Move(referral, ReferralStatus.ClosedWithoutService, referral.ReferredOn.AddDays(wait), workerId, at.AddDays(wait)));
                break;
            case 7:
                Check(ReferralHistory.Move(referral, ReferralStatus.DeclinedByPerson, referral.ReferredOn.AddDays(wait), workerId, at.AddDays(wait)));
                break;
            case < 14:
                Check(ReferralHistory.Move(referral, ReferralStatus.Active, referral.ReferredOn.AddDays(wait), workerId, at.AddDays(wait)));
                break;
            default:
                Check(ReferralHistory.Move(referral, ReferralStatus.Active, referral.ReferredOn.AddDays(wait), workerId, at.AddDays(wait)));
                var served = random.Next(0, referredAgo - wait + 1);
                Check(ReferralHistory.Move(referral, ReferralStatus.Completed, referral.ReferredOn.AddDays(wait + served), workerId, at.AddDays(wait + served)));
                break;
        }

        return referral;
    }

    private static void Check(string? problem)
    {
        if (problem is not null)
        {
            throw new InvalidOperationException($"The generator broke a referral rule: {problem}");
        }
    }
}
