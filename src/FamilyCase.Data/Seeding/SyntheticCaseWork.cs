using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Assessments.Scoring;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Data.Seeding;

/// <summary>
/// The generator's day-to-day case work, so the supervisor's panels have something to find at scale: family needs check-ins
/// (some awaiting sign-off, some overdue, a few raising a safety alert by the same rule the app uses), police contacts as the
/// person experienced them, applications with deadlines, and refused attempts to open a file outside one's caseload.
/// </summary>
internal sealed class SyntheticCaseWork(Random random, DateOnly today, DateTime nowUtc)
{
    private static readonly InstrumentDefinition CheckIn = FamilyNeedsCheckIn.Definition;

    // One in two families has had a check-in; one in ten of those waits for sign-off; a safety rating is urgent one time in 40.
    private const int OneInCheckedIn = 2;
    private const int OneInAwaitingSignOff = 10;
    private const int OneInUrgentSafety = 40;
    private const int OneInPoliceContact = 4;
    private const int OneInApplication = 5;

    public int Assessments { get; private set; }

    public int SafetyAlerts { get; private set; }

    public int PoliceContacts { get; private set; }

    public int Applications { get; private set; }

    public int Refusals { get; private set; }

    /// <summary>Adds check-ins, alerts, police contacts and applications to a saved family, by its primary worker and team supervisor.</summary>
    public void AddTo(FamilyCaseDb db, Family family, int workerId, int? supervisorId)
    {
        var adults = family.Members.Where(m => m.Role != MemberRole.IdentifiedChild && !m.IsMinorOn(today)).ToList();
        if (adults.Count == 0)
        {
            return;
        }

        if (random.Next(OneInCheckedIn) == 0)
        {
            AddCheckIn(db, family, adults[random.Next(adults.Count)], workerId, supervisorId);
        }

        if (random.Next(OneInPoliceContact) == 0)
        {
            var occurred = today.AddDays(-random.Next(0, 400));
            db.PoliceContacts.Add(new PoliceContact
            {
                FamilyId = family.Id, FamilyMemberId = adults[random.Next(adults.Count)].Id, OccurredOn = occurred,
                PoliceService = $"Synthetic police service {random.Next(1, 12):D2}", Purpose = "Statement about the investigation",
                Experience = (PoliceExperience)random.Next(3), CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
            });
            PoliceContacts++;
        }

        if (random.Next(OneInApplication) == 0)
        {
            var crime = today.AddDays(-random.Next(30, 700));
            db.Applications.Add(new JusticeApplication
            {
                FamilyId = family.Id, FamilyMemberId = adults[random.Next(adults.Count)].Id, Kind = (ApplicationKind)random.Next(5),
                CrimeDate = crime, DueOn = today.AddDays(random.Next(-30, 150)), Status = (ApplicationStatus)random.Next(6),
                StatusOn = today.AddDays(-random.Next(0, 30)), CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
            });
            Applications++;
        }
    }

    /// <summary>A few refused openings by each worker over the last fortnight, as the access policy records them.</summary>
    public void AddRefusals(FamilyCaseDb db, IReadOnlyList<StaffMember> workers, int familyIdLimit)
    {
        foreach (var worker in workers)
        {
            for (var r = random.Next(0, 3); r > 0; r--)
            {
                db.AuditEvents.Add(new AuditEvent
                {
                    OccurredAtUtc = nowUtc.AddMinutes(-random.Next(0, 14 * 24 * 60)), ActorStaffId = worker.Id, ActorName = worker.DisplayName,
                    Action = AuditAction.AccessRefused, RecordType = "Family",
                    RecordId = random.Next(1, familyIdLimit + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Detail = "Not in this person's caseload",
                });
                Refusals++;
            }
        }
    }

    /// <summary>Any rating, except that safety is urgent only one time in <see cref="OneInUrgentSafety"/>.</summary>
    private int Rating(InstrumentItem item)
    {
        if (item.Key != FamilyNeedsCheckIn.SafetyDomain)
        {
            return item.Options[random.Next(item.Options.Count)].Value;
        }

        if (random.Next(OneInUrgentSafety) == 0)
        {
            return FamilyNeedsCheckIn.Urgent;
        }

        var notUrgent = item.Options.Where(o => o.Value != FamilyNeedsCheckIn.Urgent).ToList();
        return notUrgent[random.Next(notUrgent.Count)].Value;
    }

    private void AddCheckIn(FamilyCaseDb db, Family family, FamilyMember member, int workerId, int? supervisorId)
    {
        var completed = nowUtc.AddDays(-random.Next(1, 200)).AddMinutes(-random.Next(0, 480));
        var answers = CheckIn.Items.Select(item => random.Next(12) == 0 ? ItemAnswer.Declined(item.Key) : ItemAnswer.Of(item.Key, Rating(item))).ToList();
        var result = InstrumentScorer.Score(CheckIn, answers, AssessmentRules.Default);
        var signedOff = supervisorId is not null && random.Next(OneInAwaitingSignOff) != 0;
        var assessment = new Assessment
        {
            FamilyId = family.Id, FamilyMemberId = member.Id, InstrumentCode = CheckIn.Code, InstrumentVersion = CheckIn.Version,
            Wording = CheckInWordings.For(member.Role), AdministeredByStaffId = workerId,
            Status = signedOff ? AssessmentStatus.Reviewed : AssessmentStatus.Completed, CurrentStep = CheckIn.Sections.Count + 1,
            StartedAtUtc = completed.AddHours(-1), CompletedAtUtc = completed, Total = result.Total, Band = result.Band, IsComplete = result.IsComplete,
            ReviewedByStaffId = signedOff ? supervisorId : null, ReviewedAtUtc = signedOff ? completed.AddDays(2) : null,
            CreatedAtUtc = completed, UpdatedAtUtc = completed,
        };
        assessment.Answers.AddRange(answers.Select(a => new AssessmentAnswer { FamilyId = family.Id, ItemKey = a.Key, Kind = a.Kind, Value = a.Value, AnsweredAtUtc = completed }));
        db.Assessments.Add(assessment);
        Assessments++;

        foreach (var kind in answers.Select(a => SafetyRule.AlertFor(CheckIn.Code, a)).OfType<AlertKind>())
        {
            var acted = random.Next(2) == 0;
            var acknowledged = acted && supervisorId is not null && random.Next(3) != 0;
            db.SafetyAlerts.Add(new SafetyAlert
            {
                FamilyId = family.Id, FamilyMemberId = member.Id, Assessment = assessment, Kind = kind, RaisedAtUtc = completed.AddMinutes(-20),
                ActionTaken = acted ? "Safety plan reviewed together; crisis line number given" : null,
                ActionRecordedByStaffId = acted ? workerId : null, ActionRecordedAtUtc = acted ? completed : null,
                AcknowledgedByStaffId = acknowledged ? supervisorId : null, AcknowledgedAtUtc = acknowledged ? completed.AddDays(1) : null,
            });
            SafetyAlerts++;
        }
    }
}
