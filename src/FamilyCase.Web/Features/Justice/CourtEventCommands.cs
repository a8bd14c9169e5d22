using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Staff;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Justice;

/// <summary>
/// Records court dates with who attends, who accompanies them, their accommodations and the outcome. Court-support staff record
/// all of that too, but the kind, date and place of a hearing are set by those who edit the file.
/// </summary>
public sealed class CourtEventCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, CourtEventRules rules, AuditTrail audit)
{
    public const string ScheduleIsTheWorkers = "Court-support staff record who attends, who goes with them, accommodations and the outcome. The kind, date, time and place of the hearing are changed by the family's worker.";
    private const string Gone = "This court date is no longer available.";

    public CourtEventForm NewEvent(int? proceedingId) => new()
    {
        ProceedingId = proceedingId,
        Date = time.Today(clock).AddDays(7).ToDateTime(TimeOnly.MinValue),
        Time = new TimeSpan(9, 30, 0),
    };

    public async Task<CourtEventForm?> LoadAsync(SignedInStaff staff, int familyId, int courtEventId, CancellationToken cancellationToken)
    {
        var form = await CurrentAsync(staff, familyId, courtEventId, cancellationToken);
        if (form is not null)
        {
            await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "CourtEvent", Id(courtEventId), familyId, "Edit form"), cancellationToken);
        }

        return form;
    }

    /// <summary>The proceedings, staff and testifying members the dialog needs; nothing for a family the person may not see.</summary>
    public async Task<CourtEventOptions> OptionsAsync(SignedInStaff staff, int familyId, int? courtEventId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var family = db.Families.AsNoTracking().Where(f => f.Id == familyId);
        var proceedings = await family.ProceedingsVisibleTo(staff.Scope, now)
            .OrderByDescending(p => p.OpenedOn).ThenByDescending(p => p.Id)
            .Select(p => new { p.Id, p.Kind, p.Court, p.CourtFileNumber, p.OpenedOn })
            .ToListAsync(cancellationToken);
        if (proceedings.Count == 0)
        {
            return CourtEventOptions.None;
        }

        var witnesses = await family.CourtEventsVisibleTo(staff.Scope, now)
            .Where(e => e.Id != courtEventId)
            .Select(e => new { e.ProceedingId, Attendees = e.Attendances.Select(a => new { a.FamilyMemberId, a.Role }).ToList() })
            .ToListAsync(cancellationToken);
        return new CourtEventOptions(
            proceedings.Select(p => new ProceedingChoice(p.Id, $"{JusticeWords.Proceeding(p.Kind)} · {p.Court}{(p.CourtFileNumber is { } number ? $" · {number}" : "")}", p.OpenedOn)).ToList(),
            await AccompanyingStaffAsync(db, familyId, now, cancellationToken),
            witnesses.GroupBy(w => w.ProceedingId).ToDictionary(g => g.Key,
                g => (IReadOnlySet<int>)g.SelectMany(w => w.Attendees).Where(a => AttendanceRoles.Testifies(a.Role)).Select(a => a.FamilyMemberId).ToHashSet()));
    }

    public async Task<SaveOutcome> SaveAsync(SignedInStaff staff, int familyId, CourtEventForm form, CourtEventForm? loaded, CancellationToken cancellationToken)
    {
        if (rules.FirstProblem(form) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        var when = time.Resolve(DateOnly.FromDateTime(form.Date!.Value), TimeOnly.FromTimeSpan(form.Time!.Value));
        if (when.Problem is { } timeProblem)
        {
            return SaveOutcome.Refused(timeProblem);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (form.Id == 0)
        {
            await FamilyScope.EnsureCanEditAsync(db, staff, familyId, now, cancellationToken);
        }
        else
        {
            await FamilyScope.EnsureCanRecordCourtDayAsync(db, staff, familyId, now, cancellationToken);
        }

        var proceeding = await db.Proceedings.AsNoTracking().Where(p => p.Id == form.ProceedingId && p.FamilyId == familyId).Select(p => new { p.OpenedOn }).SingleOrDefaultAsync(cancellationToken);
        if (proceeding is null)
        {
            return SaveOutcome.Refused("That proceeding is no longer in this family's file.");
        }

        if (DateOnly.FromDateTime(form.Date.Value) < proceeding.OpenedOn)
        {
            return SaveOutcome.Refused($"This proceeding began on {AgencyTime.FormatDate(proceeding.OpenedOn)}, so its court dates cannot be earlier.");
        }

        if (await PeopleProblemAsync(db, familyId, form, now, cancellationToken) is { } people)
        {
            return SaveOutcome.Refused(people);
        }

        if (form.Id == 0)
        {
            var added = new CourtEvent { FamilyId = familyId, Courthouse = "" };
            ApplySchedule(added, form, when.Utc!.Value);
            ApplyCourtDay(added, form, familyId);
            db.CourtEvents.Add(added);
            db.Actor = new AuditActor(staff.StaffId, staff.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return SaveOutcome.Done(added.Id, added.Version);
        }

        var courtEvent = await db.CourtEvents.Include(e => e.Attendances).Include(e => e.Accommodations)
            .SingleOrDefaultAsync(e => e.Id == form.Id && e.FamilyId == familyId, cancellationToken);
        if (courtEvent is null)
        {
            return SaveOutcome.Refused(Gone);
        }

        var mayChangeSchedule = FamilyAccessPolicy.MayEdit(staff.Role);
        if (!mayChangeSchedule && courtEvent.Version == form.Version && ToForm(courtEvent).Schedule() != form.Schedule())
        {
            return SaveOutcome.Refused(ScheduleIsTheWorkers);
        }

        if (courtEvent.Version == form.Version && AidsProblem(courtEvent, form) is { } move)
        {
            return SaveOutcome.Refused(move);
        }

        return await VersionedSave.SaveAsync(db, courtEvent, form.Version, staff, e =>
            {
                if (mayChangeSchedule)
                {
                    ApplySchedule(e, form, when.Utc!.Value);
                }

                ApplyCourtDay(e, form, familyId);
            },
            async ct => await CurrentAsync(staff, familyId, form.Id, ct) is { } current
                ? SaveOutcome.Conflict(CourtEventForm.ChangedByOthers(loaded ?? form, current, form), current.Version)
                : SaveOutcome.Refused(Gone),
            cancellationToken);
    }

    // Checked against what is saved, whatever the form says it loaded: an aid keeps its kind, moves only along its path,
    // and one that was granted or used stays on record.
    private static string? AidsProblem(CourtEvent saved, CourtEventForm form)
    {
        var kept = form.Aids.Where(a => a.Id != 0).Select(a => a.Id).ToHashSet();
        if (saved.Accommodations.Any(a => !kept.Contains(a.Id) && a.Status is AccommodationStatus.Granted or AccommodationStatus.Used))
        {
            return "A granted or used accommodation stays on record. To change it, mark it withdrawn.";
        }

        return form.Aids.Where(a => a.Id != 0)
            .Select(a => saved.Accommodations.FirstOrDefault(s => s.Id == a.Id) is not { } was ? null
                : was.Kind != a.Kind ? "An accommodation keeps the kind it was asked for. For a different one, add a new line."
                : AccommodationStatuses.Moves.Problem(was.Status, a.Status))
            .FirstOrDefault(p => p is not null);
    }

    private static async Task<string?> PeopleProblemAsync(FamilyCaseDb db, int familyId, CourtEventForm form, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var named = form.Attendees.Select(a => a.MemberId!.Value).Concat(form.Aids.Select(a => a.MemberId!.Value)).Concat(form.Aids.Select(a => a.SupportPersonMemberId).OfType<int>()).Distinct().ToList();
        var members = await db.FamilyMembers.CountAsync(m => m.FamilyId == familyId && named.Contains(m.Id), cancellationToken);
        if (members != named.Count)
        {
            return "Someone chosen is no longer in this family's file. Please choose again.";
        }

        var accompanying = form.Attendees.Select(a => a.AccompaniedByStaffId).OfType<int>().Distinct().ToList();
        var allowed = (await AccompanyingStaffAsync(db, familyId, nowUtc, cancellationToken)).Select(s => s.Id).ToHashSet();
        return accompanying.All(allowed.Contains) ? null : "The person chosen to go to court with a family member cannot open this family's file (not assigned to it, or no longer active). Please choose again.";
    }

    /// <summary>
    /// Active staff who may record a court day and who may see the family today, so whoever goes to court with someone can
    /// also open the file and find the date on their calendar. Candidates are the family's team and those assigned to it;
    /// each is tried against the one access rule.
    /// </summary>
    private static async Task<IReadOnlyList<StaffChoice>> AccompanyingStaffAsync(FamilyCaseDb db, int familyId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var teamId = await db.Families.Where(f => f.Id == familyId).Select(f => (int?)f.TeamId).SingleOrDefaultAsync(cancellationToken);
        var assigned = db.Assignments.Where(a => a.FamilyId == familyId && a.EndedAtUtc == null).Select(a => a.StaffMemberId);
        var candidates = await db.Staff.AsNoTracking()
            .Where(s => s.IsActive && (s.TeamId == teamId || assigned.Contains(s.Id)))
            .OrderBy(s => s.DisplayName).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.DisplayName, s.Role, s.TeamId })
            .ToListAsync(cancellationToken);
        var choices = new List<StaffChoice>();
        foreach (var candidate in candidates.Where(c => FamilyAccessPolicy.MayRecordCourtDay(c.Role)))
        {
            if (await db.Families.VisibleTo(new StaffScope(candidate.Id, candidate.Role, candidate.TeamId), nowUtc).AnyAsync(f => f.Id == familyId, cancellationToken))
            {
                choices.Add(new StaffChoice(candidate.Id, candidate.DisplayName));
            }
        }

        return choices;
    }

    private static void ApplySchedule(CourtEvent courtEvent, CourtEventForm form, DateTime startsAtUtc)
    {
        courtEvent.ProceedingId = form.ProceedingId!.Value;
        courtEvent.Kind = form.Kind;
        courtEvent.StartsAtUtc = startsAtUtc;
        courtEvent.ExpectedMinutes = form.DurationMinutes;
        courtEvent.Courthouse = form.Courthouse.Trim();
        courtEvent.Room = TextRules.Clean(form.Room);
        courtEvent.Virtual = form.Virtual;
    }

    private void ApplyCourtDay(CourtEvent courtEvent, CourtEventForm form, int familyId)
    {
        var today = time.Today(clock);
        courtEvent.Outcome = TextRules.Clean(form.Outcome);
        courtEvent.MeetingPoint = TextRules.Clean(form.MeetingPoint);
        Lines.Merge(courtEvent.Attendances, form.Attendees, a => a.Id, l => l.Id, () => new CourtAttendance { FamilyId = familyId }, (attendance, line) =>
        {
            attendance.FamilyMemberId = line.MemberId!.Value;
            attendance.Role = line.Role;
            attendance.AccompaniedByStaffId = line.AccompaniedByStaffId;
            attendance.TransportArranged = line.Transport;
            attendance.ChildcareArranged = line.Childcare;
        });
        Lines.Merge(courtEvent.Accommodations, form.Aids, a => a.Id, l => l.Id, () => new Accommodation { FamilyId = familyId }, (aid, line) =>
        {
            aid.StatusOn = StatusDate.Of(aid.Status, line.Status, aid.Id == 0 ? null : aid.StatusOn, line.StatusOn, today);
            aid.FamilyMemberId = line.MemberId!.Value;
            aid.Kind = line.Kind;
            aid.Status = line.Status;
            aid.RequestedOn = line.RequestedOn is { } asked ? DateOnly.FromDateTime(asked) : aid.RequestedOn ?? (line.Status == AccommodationStatus.Requested ? today : null);
            aid.SupportPersonMemberId = line.Kind == AccommodationKind.SupportPerson ? line.SupportPersonMemberId : null;
            aid.Note = TextRules.Clean(line.Note);
        });
    }

    private async Task<CourtEventForm?> CurrentAsync(SignedInStaff staff, int familyId, int courtEventId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var courtEvent = await db.Families.AsNoTracking().Where(f => f.Id == familyId)
            .CourtEventsVisibleTo(staff.Scope, clock.GetUtcNow().UtcDateTime)
            .Include(e => e.Attendances).Include(e => e.Accommodations)
            .SingleOrDefaultAsync(e => e.Id == courtEventId, cancellationToken);
        return courtEvent is null ? null : ToForm(courtEvent);
    }

    private CourtEventForm ToForm(CourtEvent e)
    {
        var local = time.ToLocal(e.StartsAtUtc);
        return new CourtEventForm
        {
            Id = e.Id,
            Version = e.Version,
            ProceedingId = e.ProceedingId,
            Kind = e.Kind,
            Date = local.Date,
            Time = new TimeSpan(local.Hour, local.Minute, 0),
            Duration = e.ExpectedMinutes?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Courthouse = e.Courthouse,
            Room = e.Room,
            Virtual = e.Virtual,
            Outcome = e.Outcome,
            MeetingPoint = e.MeetingPoint,
            Attendees = e.Attendances.OrderBy(a => a.Id).Select(a => new AttendeeLine
            {
                Id = a.Id, MemberId = a.FamilyMemberId, Role = a.Role, AccompaniedByStaffId = a.AccompaniedByStaffId, Transport = a.TransportArranged, Childcare = a.ChildcareArranged,
            }).ToList(),
            Aids = e.Accommodations.OrderBy(a => a.Id).Select(a => new AidLine
            {
                Id = a.Id, MemberId = a.FamilyMemberId, Kind = a.Kind, Status = a.Status, SavedStatus = a.Status,
                RequestedOn = a.RequestedOn?.ToDateTime(TimeOnly.MinValue), StatusOn = a.StatusOn?.ToDateTime(TimeOnly.MinValue),
                SupportPersonMemberId = a.SupportPersonMemberId, Note = a.Note,
            }).ToList(),
        };
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
