using FamilyCase.Data;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Time;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Assessments;
using FamilyCase.Web.Features.Consents;
using FamilyCase.Web.Features.CourtDocuments;
using FamilyCase.Web.Features.Emergency;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Justice;
using FamilyCase.Web.Features.Members;
using FamilyCase.Web.Features.Notes;
using FamilyCase.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Access;

/// <summary>
/// One of Amira's families, filled with a record of every kind, each carrying a marker word, so a test can tell whether any
/// of it reached someone who may not see it. Court support (Grace) is assigned to it.
/// </summary>
public sealed record VictimFamily(
    int FamilyId, int MemberId, int NoteId, int AssessmentId, int AlertId, int AssignmentId, int RequestId, int EmergencyAccessId,
    int ProceedingId, int CourtEventId, IReadOnlyDictionary<string, int> RecordIds, string FileNumber, IReadOnlyList<string> Everything, IReadOnlyList<string> NotForCourtSupport)
{
    public const string Marker = "Qzx";

    public int TeamId { get; init; }

    /// <summary>The day of the family's court date, in the agency's time zone.</summary>
    public DateOnly CourtDay { get; init; }

    public static async Task<VictimFamily> CreateAsync(FamilyCaseAppFactory app)
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var grace = await app.StaffAsync(DemoPeople.CourtSupport);
        var jordan = await app.StaffAsync("jordan");
        var priya = await app.StaffAsync(DemoPeople.OtherCaseworker);
        var none = CancellationToken.None;
        int familyId;
        string fileNumber;
        int teamId;
        await using (var db = app.CreateDb())
        {
            familyId = await db.Assignments.Where(a => a.StaffMemberId == amira.StaffId && a.EndedAtUtc == null && a.Kind == AssignmentKind.Primary && a.Family!.Status != FamilyStatus.Closed
                    && !a.Family!.Assignments.Any(o => o.EndedAtUtc == null && o.StaffMemberId != amira.StaffId))
                .OrderBy(a => a.FamilyId).Select(a => a.FamilyId).FirstAsync();
            fileNumber = await db.Families.Where(f => f.Id == familyId).Select(f => f.FileNumber).SingleAsync();
            teamId = await db.Families.Where(f => f.Id == familyId).Select(f => f.TeamId).SingleAsync();
        }

        Check(await app.RunAsync<FamilyDetailsCommands, SaveOutcome>(async c =>
        {
            var form = (await c.LoadAsync(amira, familyId, none))!;
            form.DisplayName = $"{Marker}family Name";
            return await c.SaveAsync(amira, familyId, form, form.Copy(), none);
        }));
        var member = Check(await app.RunAsync<MemberCommands, SaveOutcome>(c => c.AddAsync(amira, familyId, new MemberForm
        {
            Role = MemberRole.Parent, Relationship = "Mother", FirstName = $"{Marker}first", LastName = $"{Marker}last", DateOfBirth = new DateTime(1980, 5, 6),
            Phone = "416-555-0199", Email = $"{Marker}mail@example.org", Address = $"{Marker}address", CodeWord = $"{Marker}codeword", SafetyNotes = $"{Marker}safetynote",
        }, none)));
        var note = Check(await app.RunAsync<NoteCommands, SaveOutcome>(c =>
        {
            var form = c.NewNote();
            form.Text = $"{Marker}confidential note";
            form.Confidential = true;
            return c.SaveAsync(amira, familyId, form, null, none);
        }));
        Check(await app.RunAsync<ConsentCommands, SaveOutcome>(c => c.RecordAsync(amira, familyId,
            new ConsentForm { MemberId = member, DecidedOn = AgencyDay.TodayAsDateTime, Note = $"{Marker}consentnote" }, none)));
        Check(await app.RunAsync<AssignmentCommands, SaveOutcome>(c => c.AssignAsync(dana, familyId, AssignmentKind.CourtSupport, grace.StaffId, $"{Marker}reason for court support", none)));
        var assessment = Check(await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.StartAsync(amira, familyId, member, Pcl5.Code, none)));
        await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.DetailsAsync(amira, assessment, "English", AdministrationMode.WorkerAdministered, $"{Marker}experience", none));
        var phq9 = Check(await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.StartAsync(amira, familyId, member, Phq9.Code, none)));
        await app.RunAsync<AssessmentCommands, Domain.Assessments.Scoring.AlertKind?>(c => c.AnswerAsync(amira, phq9, Phq9.CriticalItem, AnswerKind.Answered, 1, none));
        Check(await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.RecordSafetyActionAsync(amira, phq9, AlertOf(app, phq9), $"{Marker}safety action taken today", none)));

        var proceeding = Check(await app.RunAsync<ProceedingCommands, SaveOutcome>(c =>
        {
            var form = c.NewProceeding();
            form.Court = "Ontario Court of Justice";
            form.CourtFileNumber = $"{Marker}courtfile";
            form.AccusedLabel = $"{Marker}accused";
            form.Charges.Add(new ChargeLine { Section = "279.011 Trafficking of a person under 18", Wording = $"{Marker}charge wording" });
            form.Bans.Add(new BanLine { Section = "Criminal Code s. 486.4", Protects = $"{Marker}protected" });
            return c.SaveAsync(amira, familyId, form, null, none);
        }));
        var courtEvent = Check(await app.RunAsync<CourtEventCommands, SaveOutcome>(c =>
        {
            var form = c.NewEvent(proceeding);
            form.Courthouse = $"{Marker}courthouse";
            form.Outcome = $"{Marker}outcome";
            form.Attendees.Add(new AttendeeLine { MemberId = member, Role = Domain.Justice.AttendanceRole.Witness, AccompaniedByStaffId = amira.StaffId });
            form.Aids.Add(new AidLine { MemberId = member, Kind = Domain.Justice.AccommodationKind.CctvOrScreen, Note = $"{Marker}aid note" });
            return c.SaveAsync(amira, familyId, form, null, none);
        }));

        var recordIds = new Dictionary<string, int>
        {
            [nameof(StatementCommands)] = Check(await app.RunAsync<StatementCommands, SaveOutcome>(c =>
            {
                var form = c.New(proceeding);
                form.MemberId = member;
                form.Note = $"{Marker}statement note";
                return c.SaveAsync(amira, familyId, form, null, none);
            })),
            [nameof(PoliceContactCommands)] = Check(await app.RunAsync<PoliceContactCommands, SaveOutcome>(c =>
            {
                var form = c.New();
                form.MemberId = member;
                form.PoliceService = "Lakeshore Regional Police";
                form.Purpose = "Gave a statement";
                form.InTheirWords = $"{Marker}police words";
                return c.SaveAsync(amira, familyId, form, null, none);
            })),
            [nameof(InformationGivenCommands)] = Check(await app.RunAsync<InformationGivenCommands, SaveOutcome>(c =>
            {
                var form = c.New();
                form.MemberId = member;
                form.Note = $"{Marker}information note";
                return c.SaveAsync(amira, familyId, form, null, none);
            })),
            [nameof(InterviewCommands)] = Check(await app.RunAsync<InterviewCommands, SaveOutcome>(c =>
            {
                var form = c.New();
                form.MemberId = member;
                form.Status = Domain.Justice.InterviewStatus.Given;
                form.ConductedBy = $"{Marker}interviewer";
                return c.SaveAsync(amira, familyId, form, null, none);
            })),
            [nameof(ApplicationCommands)] = Check(await app.RunAsync<ApplicationCommands, SaveOutcome>(c =>
            {
                var form = c.New();
                form.MemberId = member;
                form.CrimeDate = AgencyDay.TodayAsDateTime.AddDays(-20);
                form.Outcome = $"{Marker}application outcome";
                return c.SaveAsync(amira, familyId, form, null, none);
            })),
        };
        var document = await app.RunAsync<CourtDocumentCommands, DocumentOutcome>(c =>
            c.GenerateAsync(amira, new CourtDocumentRequest(courtEvent, [member], DocumentAudience.CrownVictimWitness), null, none));
        recordIds[nameof(CourtDocumentCommands)] = document.File?.DocumentId ?? throw new InvalidOperationException(document.Problem);
        recordIds[nameof(GoalCommands)] = Check(await app.RunAsync<GoalCommands, SaveOutcome>(c =>
        {
            var form = c.New(member);
            form.DomainKey = "checkin.services";
            form.InTheirWords = $"{Marker}goal words";
            form.Actions.Add(new GoalActionLine { Who = "Amira", What = $"{Marker}action to take" });
            return c.SaveAsync(amira, familyId, form, null, none);
        }));
        int programId;
        await using (var db = app.CreateDb())
        {
            programId = await db.ServicePrograms.Where(p => p.RetiredOn == null && p.Kinds.Contains("|Counselling|")).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        }

        recordIds[nameof(ReferralCommands)] = Check(await app.RunAsync<ReferralCommands, SaveOutcome>(c =>
        {
            var form = c.New(member, recordIds[nameof(GoalCommands)]);
            form.ProgramId = programId;
            form.Kind = Domain.Directory.ServiceKind.Counselling;
            form.SharesInformation = false;
            form.Status = Domain.Plans.ReferralStatus.Waitlisted;
            form.StatusNote = $"{Marker}referral step note";
            form.Barriers = [Domain.Plans.ReferralBarrier.Waitlist];
            form.Outcome = $"{Marker}referral outcome";
            return c.SaveAsync(amira, familyId, form, null, none);
        }));

        var request = Check(await app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.RequestAsync(priya, familyId, $"{Marker}request reason for access", none)));
        var grant = Check(await app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.OpenAsync(jordan, familyId, $"{Marker}emergency reason for access", none)));
        int assignment;
        DateOnly courtDay;
        await using (var db = app.CreateDb())
        {
            // The grant is over: Jordan is an outsider again, but the record stays for supervisors to acknowledge.
            await db.EmergencyAccesses.Where(e => e.Id == grant).ExecuteUpdateAsync(e => e.SetProperty(x => x.ExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1)));
            assignment = await db.Assignments.Where(a => a.FamilyId == familyId && a.StaffMemberId == grace.StaffId && a.EndedAtUtc == null).Select(a => a.Id).SingleAsync();
            courtDay = app.Services.GetRequiredService<AgencyTime>().LocalDate(await db.CourtEvents.Where(e => e.Id == courtEvent).Select(e => e.StartsAtUtc).SingleAsync());
        }

        string[] everything = [$"{Marker}family", fileNumber, $"{Marker}first", $"{Marker}last", $"{Marker}confidential", $"{Marker}mail", $"{Marker}address",
            $"{Marker}codeword", $"{Marker}safetynote", $"{Marker}consentnote", $"{Marker}reason", $"{Marker}experience", $"{Marker}safety action",
            $"{Marker}request", $"{Marker}emergency", "416-555-0199", $"{Marker}courtfile", $"{Marker}accused", $"{Marker}charge", $"{Marker}protected",
            $"{Marker}courthouse", $"{Marker}outcome", $"{Marker}aid note", $"{Marker}statement", $"{Marker}police", $"{Marker}information", $"{Marker}interviewer",
            $"{Marker}application", $"{Marker}goal", $"{Marker}action", $"{Marker}referral"];
        string[] notForCourtSupport = [$"{Marker}confidential", $"{Marker}mail", $"{Marker}address", $"{Marker}codeword", $"{Marker}safetynote",
            $"{Marker}reason", $"{Marker}experience", $"{Marker}safety action", $"{Marker}request", $"{Marker}emergency", "416-555-0199", "\"HasSafetyNotes\":true",
            $"{Marker}goal", $"{Marker}action", $"{Marker}referral"];
        return new VictimFamily(familyId, member, note, assessment, AlertOf(app, phq9), assignment, request, grant, proceeding, courtEvent, recordIds, fileNumber, everything, notForCourtSupport) { TeamId = teamId, CourtDay = courtDay };
    }

    /// <summary>Everything recorded about the family, to compare before and after someone tries to change it.</summary>
    /// <param name="includeCourtDay">False for court support, who may record what happens on a court date (and nothing else).</param>
    public async Task<string> SnapshotAsync(FamilyCaseDb db, bool includeCourtDay = true)
    {
        var id = FamilyId;
        var parts = new List<object>
        {
            await db.Families.AsNoTracking().Where(f => f.Id == id).ToListAsync(),
            await db.FamilyMembers.AsNoTracking().Where(m => m.FamilyId == id).OrderBy(m => m.Id).ToListAsync(),
            await db.ContactNotes.AsNoTracking().Where(n => n.FamilyId == id).Include(n => n.MembersInvolved).OrderBy(n => n.Id).ToListAsync(),
            await db.Consents.AsNoTracking().Where(c => c.FamilyId == id).OrderBy(c => c.Id).ToListAsync(),
            await db.Assignments.AsNoTracking().Where(a => a.FamilyId == id).OrderBy(a => a.Id).ToListAsync(),
            await db.Assessments.AsNoTracking().Where(a => a.FamilyId == id).OrderBy(a => a.Id).ToListAsync(),
            await db.AssessmentAnswers.AsNoTracking().Where(a => a.FamilyId == id).OrderBy(a => a.Id).ToListAsync(),
            await db.SafetyAlerts.AsNoTracking().Where(a => a.FamilyId == id).OrderBy(a => a.Id).ToListAsync(),
            await db.EmergencyAccesses.AsNoTracking().Where(e => e.FamilyId == id).OrderBy(e => e.Id).ToListAsync(),
            await db.EmergencyAccessRequests.AsNoTracking().Where(r => r.FamilyId == id).OrderBy(r => r.Id).ToListAsync(),
            await db.Proceedings.AsNoTracking().Where(p => p.FamilyId == id).Include(p => p.Charges).Include(p => p.PublicationBans).OrderBy(p => p.Id).ToListAsync(),
        };
        parts.Add(await db.PoliceContacts.AsNoTracking().Where(p => p.FamilyId == id).OrderBy(p => p.Id).ToListAsync());
        parts.Add(await db.Interviews.AsNoTracking().Where(i => i.FamilyId == id).OrderBy(i => i.Id).ToListAsync());
        parts.Add(await db.Applications.AsNoTracking().Where(a => a.FamilyId == id).OrderBy(a => a.Id).ToListAsync());
        parts.Add(await db.Goals.AsNoTracking().Where(g => g.FamilyId == id).Include(g => g.Actions).OrderBy(g => g.Id).ToListAsync());
        parts.Add(await db.DeclinedSuggestions.AsNoTracking().Where(d => d.FamilyId == id).OrderBy(d => d.Id).ToListAsync());
        parts.Add(await db.Referrals.AsNoTracking().Where(r => r.FamilyId == id).Include(r => r.Steps).OrderBy(r => r.Id).ToListAsync());
        if (includeCourtDay)
        {
            parts.Add(await db.Statements.AsNoTracking().Where(s => s.FamilyId == id).OrderBy(s => s.Id).ToListAsync());
            parts.Add(await db.InformationGiven.AsNoTracking().Where(i => i.FamilyId == id).OrderBy(i => i.Id).ToListAsync());
            parts.Add(await db.CourtEvents.AsNoTracking().Where(e => e.FamilyId == id).Include(e => e.Attendances).Include(e => e.Accommodations).OrderBy(e => e.Id).ToListAsync());
        }
        else
        {
            parts.Add(await db.CourtEvents.AsNoTracking().Where(e => e.FamilyId == id).OrderBy(e => e.Id)
                .Select(e => new { e.Id, e.ProceedingId, e.Kind, e.StartsAtUtc, e.ExpectedMinutes, e.Courthouse, e.Room, e.Virtual }).ToListAsync());
        }

        return Json.Write(parts);
    }

    private static int AlertOf(FamilyCaseAppFactory app, int assessmentId)
    {
        using var db = app.CreateDb();
        return db.SafetyAlerts.Where(a => a.AssessmentId == assessmentId).Select(a => a.Id).Single();
    }

    private static int Check(SaveOutcome outcome) => outcome.Saved ? outcome.Id!.Value : throw new InvalidOperationException($"Setting up the family failed: {outcome.Problem}");
}
