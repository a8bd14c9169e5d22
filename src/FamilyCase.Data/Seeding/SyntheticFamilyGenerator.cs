using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Notes;
using FamilyCase.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Data.Seeding;

/// <summary>Creates large numbers of invented families for scale and performance work. Deterministic for a given seed.</summary>
public sealed class SyntheticFamilyGenerator(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock)
{
    private const int FamiliesPerCaseworker = 40;
    private const int CaseworkersPerTeam = 8;
    private const int BatchSize = 2_000;
    private const int YearsSpread = 10;
    private const int NotesPerFamily = 10;

    // About a third of families are in court, each with three dates spread from six months ago to three months ahead.
    private const int OneInInCourt = 3;
    private const int CourtDatesPerProceeding = 3;

    // Synthetic file numbers start high in each year so they never meet the demo files' low numbers.
    private const int FirstSequence = 50_001;
    private const int MaxFamilies = (99_999 - FirstSequence + 1) * YearsSpread;

    public async Task<SyntheticFamilyReport> GenerateAsync(int familyCount, int seed, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(familyCount);
        var random = new Random(seed);
        int existing;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            existing = await db.Families.CountAsync(cancellationToken);
        }

        if (existing + familyCount > MaxFamilies)
        {
            throw new ArgumentOutOfRangeException(nameof(familyCount), $"The generator numbers at most {MaxFamilies:N0} families in one database.");
        }

        var (teamIds, caseworkers, supervisors) = await CreateStaffAsync(familyCount, existing, cancellationToken);
        var names = new SyntheticNames(random);
        var members = 0;
        var notes = 0;
        var proceedings = 0;
        var courtDates = 0;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var plans = new SyntheticPlans(random, today, clock.GetUtcNow().UtcDateTime);
        var caseWork = new SyntheticCaseWork(random, today, clock.GetUtcNow().UtcDateTime);
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await plans.LoadDirectoryAsync(db, cancellationToken);
        }

        for (var done = 0; done < familyCount; done += BatchSize)
        {
            var batch = Math.Min(BatchSize, familyCount - done);
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Actor = AuditActor.Import;
            var added = new List<Family>(batch);
            for (var i = 0; i < batch; i++)
            {
                var family = NewFamily(existing + done + i, random, names, caseworkers, teamIds);
                if (random.Next(OneInInCourt) == 0)
                {
                    AddProceeding(family, random, caseworkers[(existing + done + i) % caseworkers.Count], today);
                }

                members += family.Members.Count;
                notes += family.Notes.Count;
                proceedings += family.Proceedings.Count;
                courtDates += family.Proceedings.Sum(p => p.Events.Count);
                db.Families.Add(family);
                added.Add(family);
            }

            await db.SaveChangesAsync(cancellationToken);

            // Goals and referrals carry their family's and members' ids, so they follow once the families are saved, in a context
            // of their own: saving them beside the batch's tracked families makes every save look through all of those again.
            await using var plansDb = await factory.CreateDbContextAsync(cancellationToken);
            plansDb.ChangeTracker.AutoDetectChangesEnabled = false;
            plansDb.Actor = AuditActor.Import;
            foreach (var family in added)
            {
                plans.AddTo(plansDb, family, family.Assignments[0].StaffMemberId);
                caseWork.AddTo(plansDb, family, family.Assignments[0].StaffMemberId, supervisors.TryGetValue(family.TeamId, out var supervisor) ? supervisor : null);
            }

            await plansDb.SaveChangesAsync(cancellationToken);
            progress?.Report(done + batch);
        }

        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            db.Actor = AuditActor.Import;
            caseWork.AddRefusals(db, caseworkers, await db.Families.MaxAsync(f => f.Id, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
        }

        return new SyntheticFamilyReport(familyCount, members, notes, caseworkers.Count, teamIds.Count)
        {
            Proceedings = proceedings, CourtDates = courtDates, Goals = plans.Goals, Referrals = plans.Referrals,
            CheckIns = caseWork.Assessments, SafetyAlerts = caseWork.SafetyAlerts, PoliceContacts = caseWork.PoliceContacts,
            Applications = caseWork.Applications, Refusals = caseWork.Refusals,
        };
    }

    private async Task<(List<int> TeamIds, List<StaffMember> Caseworkers, Dictionary<int, int> SupervisorByTeam)> CreateStaffAsync(int familyCount, int run, CancellationToken cancellationToken)
    {
        var caseworkerCount = Math.Max(4, familyCount / FamiliesPerCaseworker);
        var teamCount = Math.Max(2, caseworkerCount / CaseworkersPerTeam);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var teams = Enumerable.Range(1, teamCount).Select(t => new Team { Name = $"Synthetic team {run}-{t:D4}", Office = "Synthetic office", Area = Catchment.StandardAreas[1 + (t % (Catchment.StandardAreas.Count - 1))] }).ToList();
        var caseworkers = Enumerable.Range(1, caseworkerCount).Select(c => new StaffMember
        {
            DisplayName = $"Synthetic caseworker {c:D5}",
            Email = $"synthetic.{run}.{c:D5}@familycase.example",
            Role = StaffRole.Caseworker,
            Team = teams[(c - 1) % teamCount],
        }).ToList();
        var supervisors = teams.Select((team, t) => new StaffMember
        {
            DisplayName = $"Synthetic supervisor {t + 1:D4}",
            Email = $"synthetic.{run}.supervisor.{t + 1:D4}@familycase.example",
            Role = StaffRole.Supervisor,
            Team = team,
        }).ToList();
        var courtSupport = teams.Select((team, t) => new StaffMember
        {
            DisplayName = $"Synthetic court support {t + 1:D4}",
            Email = $"synthetic.{run}.court.{t + 1:D4}@familycase.example",
            Role = StaffRole.CourtSupport,
            Team = team,
        });
        db.Teams.AddRange(teams);
        db.Staff.AddRange(caseworkers);
        db.Staff.AddRange(supervisors);
        db.Staff.AddRange(courtSupport);
        await db.SaveChangesAsync(cancellationToken);
        return (teams.Select(t => t.Id).ToList(), caseworkers, supervisors.ToDictionary(s => s.TeamId!.Value, s => s.Id));
    }

    private static Family NewFamily(int index, Random random, SyntheticNames names, List<StaffMember> caseworkers, List<int> teamIds)
    {
        var caseworker = caseworkers[index % caseworkers.Count];
        var year = 2026 - (index % YearsSpread);
        var opened = new DateOnly(year, 1, 1).AddDays(random.Next(0, 330));
        var openedUtc = opened.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var surname = names.LastName();
        var status = (FamilyStatus)(random.Next(10) switch { 0 => 0, < 8 => 1, 8 => 2, _ => 3 });
        var family = new Family
        {
            FileNumber = FileNumber.Format(year, FirstSequence + (index / YearsSpread)),
            DisplayName = $"{surname} family",
            Status = status,
            OpenedOn = opened,
            ClosedOn = status == FamilyStatus.Closed ? opened.AddDays(random.Next(60, 400)) : null,
            ClosingReason = status == FamilyStatus.Closed ? "Family's goals met" : null,
            TeamId = caseworker.TeamId ?? teamIds[0],
            PreferredLanguage = names.Language(),
            InterpreterNeeded = random.Next(8) == 0,
            SafetyConcern = random.Next(6) == 0,
            PublicationBan = random.Next(3) == 0,
            MediaAttention = random.Next(40) == 0,
            CreatedAtUtc = openedUtc,
            UpdatedAtUtc = openedUtc.AddDays(random.Next(0, 300)).AddMinutes(random.Next(0, 1440)),
        };
        family.Members.AddRange(names.Members(surname, year));
        family.Assignments.Add(new FamilyAssignment { StaffMemberId = caseworker.Id, Kind = AssignmentKind.Primary, StartedAtUtc = openedUtc, Reason = "Synthetic" });
        for (var n = 0; n < NotesPerFamily; n++)
        {
            var occurred = openedUtc.AddDays(n * 14 + random.Next(0, 10)).AddMinutes(random.Next(0, 480));
            family.Notes.Add(new ContactNote
            {
                Kind = (ContactKind)random.Next(5),
                OccurredAtUtc = occurred,
                DurationMinutes = 15 + random.Next(0, 8) * 15,
                AuthorStaffId = caseworker.Id,
                Text = names.NoteText(),
                Confidential = random.Next(8) == 0,
                CreatedAtUtc = occurred,
                UpdatedAtUtc = occurred,
            });
        }

        return family;
    }

    private static void AddProceeding(Family family, Random random, StaffMember caseworker, DateOnly today)
    {
        var opened = today.AddDays(-random.Next(200, 400));
        var proceeding = new LegalProceeding
        {
            Family = family,
            Kind = random.Next(4) == 0 ? ProceedingKind.ChildProtection : ProceedingKind.CriminalProsecution,
            Court = "Ontario Court of Justice",
            CourtLocation = $"Synthetic courthouse {random.Next(1, 20):D2}",
            CourtFileNumber = $"SYN-{random.Next(100_000, 999_999)}",
            AccusedLabel = "Accused 1",
            OpenedOn = opened,
            StatusOn = opened,
            Status = random.Next(5) == 0 ? ProceedingStatus.Concluded : ProceedingStatus.Open,
        };
        proceeding.Charges.Add(new Charge { Family = family, Section = "279.011 Trafficking of a person under 18" });
        proceeding.Charges.Add(new Charge { Family = family, Section = "286.2 Material benefit from sexual services" });
        if (random.Next(2) == 0)
        {
            proceeding.PublicationBans.Add(new PublicationBan { Family = family, Section = "Criminal Code s. 486.4 (identity of a complainant or witness)", MadeOn = opened });
        }

        var adults = family.Members.Where(m => m.Role != MemberRole.IdentifiedChild).ToList();
        for (var d = 0; d < CourtDatesPerProceeding; d++)
        {
            var day = today.AddDays(random.Next(-180, 90));
            var courtEvent = new CourtEvent
            {
                Family = family,
                Kind = (CourtEventKind)random.Next(8),
                StartsAtUtc = day.ToDateTime(new TimeOnly(13 + random.Next(0, 6), random.Next(2) * 30), DateTimeKind.Utc),
                ExpectedMinutes = 60 * random.Next(1, 6),
                Courthouse = proceeding.CourtLocation,
                Room = $"{random.Next(100, 500)}",
            };
            foreach (var member in adults.Take(random.Next(1, 3)))
            {
                courtEvent.Attendances.Add(new CourtAttendance
                {
                    Family = family, Member = member, Role = random.Next(2) == 0 ? AttendanceRole.Witness : AttendanceRole.Observer,
                    AccompaniedByStaffId = random.Next(10) < 7 ? caseworker.Id : null,
                });
            }

            proceeding.Events.Add(courtEvent);
        }

        family.Proceedings.Add(proceeding);
        family.ApplyCourtOrders(proceeding);
    }
}

public sealed record SyntheticFamilyReport(int Families, int Members, int Notes, int Caseworkers, int Teams)
{
    public int Proceedings { get; init; }
    public int CourtDates { get; init; }
    public int Goals { get; init; }
    public int Referrals { get; init; }

    public int CheckIns { get; init; }

    public int SafetyAlerts { get; init; }

    public int PoliceContacts { get; init; }

    public int Applications { get; init; }

    public int Refusals { get; init; }

    /// <summary>What was made, in one line for the console.</summary>
    public string Summary =>
        $"{Families:N0} families ({Members:N0} members, {Notes:N0} notes, {Proceedings:N0} proceedings, {CourtDates:N0} court dates, {Goals:N0} goals, " +
        $"{Referrals:N0} referrals, {CheckIns:N0} check-ins, {SafetyAlerts:N0} safety alerts, {PoliceContacts:N0} police contacts, {Applications:N0} applications, " +
        $"{Refusals:N0} refused openings) for {Caseworkers:N0} caseworkers in {Teams:N0} teams";
}
