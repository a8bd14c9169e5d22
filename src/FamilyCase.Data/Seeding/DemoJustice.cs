using System.Text.Json;
using System.Text.Json.Serialization;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Staff;
using FamilyCase.Domain.Time;

namespace FamilyCase.Data.Seeding;

/// <summary>
/// A demo proceeding. Dates are counted from the day the demo is loaded (days ago, or days from today for court dates), so the
/// court calendar always has dates in the coming weeks, whenever the demo is run.
/// </summary>
public sealed record ProceedingSeed(
    string Family,
    ProceedingKind Kind,
    string Court,
    int OpenedDaysAgo,
    string? CourtLocation = null,
    string? CourtFileNumber = null,
    string? AccusedLabel = null,
    string? CrownContact = null,
    string? VictimWitnessContact = null,
    string? PoliceService = null,
    string? PoliceOfficer = null,
    ProceedingStatus Status = ProceedingStatus.Open,
    int? StatusDaysAgo = null,
    string? Outcome = null,
    IReadOnlyList<ChargeSeed>? Charges = null,
    IReadOnlyList<BanSeed>? Bans = null,
    IReadOnlyList<CourtEventSeed>? Events = null,
    IReadOnlyList<StatementSeed>? Statements = null,
    IReadOnlyList<ConditionSeed>? Conditions = null);

public sealed record StatementSeed(string Member, StatementStatus Status, int StatusDaysAgo, StatementFormat? Format = null, string? Note = null);

public sealed record PoliceContactSeed(string Family, string Member, int DaysAgo, string PoliceService, string Purpose, PoliceExperience Experience, string? Officer = null, string? InTheirWords = null, string? FollowUp = null);

public sealed record InformationSeed(string Family, string Member, InformationTopic Topic, int DaysAgo, string GivenBy, InformationMethod Method, string? Note = null);

public sealed record InterviewSeed(string Family, string Member, InterviewKind Kind, InterviewStatus Status, int DaysAgo, string ConductedBy, bool Recorded = false, string? RecordingHeldBy = null, string? WhyNeeded = null);

/// <summary>An application; VQRP+ due dates are worked out from the crime date as the app does, others may give <c>DueInDays</c>.</summary>
public sealed record ApplicationSeed(string Family, string Member, ApplicationKind Kind, ApplicationStatus Status, int StatusDaysAgo, int? CrimeDaysAgo = null, int? DueInDays = null, string? Outcome = null);

public sealed record ChargeSeed(string Section, string? Wording = null);

public sealed record ConditionSeed(ConditionKind Kind, string Wording, int? MadeDaysAgo = null, int? EndsInDays = null, string? Protects = null);

public sealed record BanSeed(string Section, int? MadeDaysAgo = null, string? Scope = null, string? Protects = null);

/// <summary>A court date <c>InDays</c> from today (negative for one that has passed), at a local time such as "09:30".</summary>
public sealed record CourtEventSeed(
    CourtEventKind Kind,
    int InDays,
    string Time,
    string Courthouse,
    int? Minutes = null,
    string? Room = null,
    bool Virtual = false,
    string? Outcome = null,
    IReadOnlyList<AttendeeSeed>? Attendees = null,
    IReadOnlyList<AidSeed>? Aids = null,
    string? MeetingPoint = null);

public sealed record AttendeeSeed(string Member, AttendanceRole Role, string? AccompaniedBy = null, bool Transport = false, bool Childcare = false);

public sealed record AidSeed(string Member, AccommodationKind Kind, AccommodationStatus Status, int? RequestedDaysAgo = null, int? StatusDaysAgo = null, string? SupportPerson = null, string? Note = null);

public sealed record JusticeSeed(
    IReadOnlyList<ProceedingSeed> Proceedings,
    IReadOnlyList<PoliceContactSeed>? PoliceContacts = null,
    IReadOnlyList<InformationSeed>? Information = null,
    IReadOnlyList<InterviewSeed>? Interviews = null,
    IReadOnlyList<ApplicationSeed>? Applications = null);

/// <summary>Turns <c>seeds/demo/justice.json</c> into proceedings and court dates, checking every name so a typo fails loudly.</summary>
internal static class DemoJustice
{
    public const string FileName = "justice.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<JusticeSeed> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return new JusticeSeed([]);
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<JusticeSeed>(stream, Json, cancellationToken) ?? new JusticeSeed([]);
    }

    public static LegalProceeding Build(ProceedingSeed seed, Dictionary<string, Family> families, Dictionary<string, StaffMember> staff, AgencyTime time, DateOnly today)
    {
        var family = FamilyOf(families, seed.Family);
        var opened = today.AddDays(-seed.OpenedDaysAgo);
        var proceeding = new LegalProceeding
        {
            Family = family,
            Kind = seed.Kind,
            Court = seed.Court,
            CourtLocation = seed.CourtLocation,
            CourtFileNumber = seed.CourtFileNumber,
            AccusedLabel = seed.AccusedLabel,
            CrownContact = seed.CrownContact,
            VictimWitnessContact = seed.VictimWitnessContact,
            PoliceService = seed.PoliceService,
            PoliceOfficer = seed.PoliceOfficer,
            OpenedOn = opened,
            Status = seed.Status,
            StatusOn = seed.StatusDaysAgo is { } days ? today.AddDays(-days) : opened,
            Outcome = seed.Outcome,
        };
        proceeding.Charges.AddRange((seed.Charges ?? []).Select(c => new Charge { Family = family, Section = c.Section, Wording = c.Wording }));
        proceeding.PublicationBans.AddRange((seed.Bans ?? []).Select(b => new PublicationBan
        {
            Family = family, Section = b.Section, MadeOn = b.MadeDaysAgo is { } made ? today.AddDays(-made) : null, Scope = b.Scope, Protects = b.Protects,
        }));
        proceeding.Conditions.AddRange((seed.Conditions ?? []).Select(c => new CourtCondition
        {
            Family = family, Kind = c.Kind, Wording = c.Wording, Protects = c.Protects,
            MadeOn = c.MadeDaysAgo is { } made ? today.AddDays(-made) : null, EndsOn = c.EndsInDays is { } ends ? today.AddDays(ends) : null,
        }));
        foreach (var e in seed.Events ?? [])
        {
            var courtEvent = new CourtEvent
            {
                Family = family,
                Kind = e.Kind,
                StartsAtUtc = time.Resolve(today.AddDays(e.InDays), TimeOnly.Parse(e.Time, System.Globalization.CultureInfo.InvariantCulture)).Utc
                    ?? throw new InvalidDataException($"The justice seed's court date for {seed.Family} falls in the hour the clocks skip."),
                ExpectedMinutes = e.Minutes,
                Courthouse = e.Courthouse,
                Room = e.Room,
                Virtual = e.Virtual,
                Outcome = e.Outcome,
                MeetingPoint = e.MeetingPoint,
            };
            courtEvent.Attendances.AddRange((e.Attendees ?? []).Select(a => new CourtAttendance
            {
                Family = family, Member = Member(family, a.Member), Role = a.Role, AccompaniedBy = a.AccompaniedBy is null ? null : Staff(staff, a.AccompaniedBy),
                TransportArranged = a.Transport, ChildcareArranged = a.Childcare,
            }));
            courtEvent.Accommodations.AddRange((e.Aids ?? []).Select(a => new Accommodation
            {
                Family = family, Member = Member(family, a.Member), Kind = a.Kind, Status = a.Status,
                RequestedOn = a.RequestedDaysAgo is { } asked ? today.AddDays(-asked) : null, StatusOn = a.StatusDaysAgo is { } on ? today.AddDays(-on) : null,
                SupportPerson = a.SupportPerson is null ? null : Member(family, a.SupportPerson), Note = a.Note,
            }));
            proceeding.Events.Add(courtEvent);
        }

        family.ApplyCourtOrders(proceeding);
        family.Statements.AddRange((seed.Statements ?? []).Select(st => new VictimImpactStatement
        {
            Proceeding = proceeding, Member = Member(family, st.Member), Status = st.Status, StatusOn = today.AddDays(-st.StatusDaysAgo), Format = st.Format, Note = st.Note,
        }));
        return proceeding;
    }

    /// <summary>Adds the police contacts, information given, interviews and applications of the seed to their families.</summary>
    public static void AddRecords(JusticeSeed seed, Dictionary<string, Family> families, Dictionary<string, StaffMember> staff, ApplicationDeadlines deadlines, DateOnly today)
    {
        foreach (var p in seed.PoliceContacts ?? [])
        {
            var family = FamilyOf(families, p.Family);
            family.PoliceContacts.Add(new PoliceContact
            {
                Member = Member(family, p.Member), OccurredOn = today.AddDays(-p.DaysAgo), PoliceService = p.PoliceService, Officer = p.Officer, Purpose = p.Purpose,
                Experience = p.Experience, InTheirWords = p.InTheirWords, FollowUp = p.FollowUp,
            });
        }

        foreach (var i in seed.Information ?? [])
        {
            var family = FamilyOf(families, i.Family);
            family.InformationGiven.Add(new InformationGiven
            {
                Member = Member(family, i.Member), Topic = i.Topic, GivenOn = today.AddDays(-i.DaysAgo), GivenBy = Staff(staff, i.GivenBy), Method = i.Method, Note = i.Note,
            });
        }

        foreach (var i in seed.Interviews ?? [])
        {
            var family = FamilyOf(families, i.Family);
            family.Interviews.Add(new Interview
            {
                Member = Member(family, i.Member), Kind = i.Kind, Status = i.Status, On = today.AddDays(-i.DaysAgo), ConductedBy = i.ConductedBy, Recorded = i.Recorded,
                RecordingHeldBy = i.RecordingHeldBy, WhyNeeded = i.WhyNeeded,
            });
        }

        foreach (var a in seed.Applications ?? [])
        {
            var family = FamilyOf(families, a.Family);
            var crime = a.CrimeDaysAgo is { } ago ? today.AddDays(-ago) : (DateOnly?)null;
            family.Applications.Add(new JusticeApplication
            {
                Member = Member(family, a.Member), Kind = a.Kind, CrimeDate = crime,
                DueOn = deadlines.DueOn(a.Kind, crime) ?? (a.DueInDays is { } due ? today.AddDays(due) : null),
                Status = a.Status, StatusOn = today.AddDays(-a.StatusDaysAgo), Outcome = a.Outcome,
            });
        }
    }

    private static Family FamilyOf(Dictionary<string, Family> families, string fileNumber) =>
        families.TryGetValue(fileNumber, out var family) ? family : throw new InvalidDataException($"The justice seed names unknown family '{fileNumber}'.");

    private static FamilyMember Member(Family family, string firstName) =>
        family.Members.FirstOrDefault(m => m.FirstName == firstName)
        ?? throw new InvalidDataException($"The justice seed names '{firstName}', who is not in {family.FileNumber}.");

    private static StaffMember Staff(Dictionary<string, StaffMember> staff, string userName) =>
        staff.TryGetValue(userName, out var member) ? member : throw new InvalidDataException($"The justice seed names unknown staff '{userName}'.");
}
