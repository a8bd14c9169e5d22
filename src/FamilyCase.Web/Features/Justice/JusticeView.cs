using FamilyCase.Domain.Justice;

namespace FamilyCase.Web.Features.Justice;

public sealed record ChargeRow(string Section, string? Wording);

public sealed record BanRow(string Section, DateOnly? MadeOn, string? Scope, string? Protects);

public sealed record ConditionRow(ConditionKind Kind, DateOnly? MadeOn, DateOnly? EndsOn, string? Wording, string? Protects);

public sealed record AttendeeRow(int MemberId, string Member, AttendanceRole Role, int? AccompaniedByStaffId, string? AccompaniedBy, bool Transport, bool Childcare);

public sealed record AidRow(int MemberId, string Member, AccommodationKind Kind, AccommodationStatus Status, DateOnly? RequestedOn, DateOnly? StatusOn, string? SupportPerson, string? Note);

public sealed record CourtEventRow(
    int Id, int ProceedingId, CourtEventKind Kind, DateTime StartsAtUtc, int? ExpectedMinutes, string Courthouse, string? Room, bool Virtual, string? Outcome,
    IReadOnlyList<AttendeeRow> Attendees, IReadOnlyList<AidRow> Aids, IReadOnlyList<string> Warnings)
{
    public bool Unaccompanied => CourtEvent.SomeoneAttendsAlone(Attendees.Select(a => a.AccompaniedByStaffId));
}

public sealed record ProceedingRow(
    int Id, ProceedingKind Kind, string Court, string? CourtLocation, string? CourtFileNumber, string? AccusedLabel, string? CrownContact, string? VictimWitnessContact,
    string? PoliceService, string? PoliceOfficer, DateOnly OpenedOn, ProceedingStatus Status, DateOnly StatusOn, string? Outcome,
    IReadOnlyList<ChargeRow> Charges, IReadOnlyList<BanRow> Bans, IReadOnlyList<CourtEventRow> Events)
{
    /// <summary>No-contact, stay-away and other protective conditions made in the proceeding.</summary>
    public IReadOnlyList<ConditionRow> Conditions { get; init; } = [];
}

public sealed record StatementRow(int Id, int ProceedingId, int MemberId, string Member, StatementStatus Status, StatementFormat? Format, DateOnly StatusOn, string? Note);

public sealed record PoliceContactRow(int Id, string Member, DateOnly OccurredOn, string PoliceService, string? Officer, string Purpose, PoliceExperience Experience, string? InTheirWords, string? FollowUp);

public sealed record InformationRow(int Id, string Member, InformationTopic Topic, DateOnly GivenOn, string GivenBy, InformationMethod Method, string? Note);

public sealed record InterviewRow(int Id, int MemberId, string Member, InterviewKind Kind, InterviewStatus Status, DateOnly On, string ConductedBy, bool Recorded, string? RecordingHeldBy, string? WhyNeeded);

public sealed record ApplicationRow(int Id, string Member, ApplicationKind Kind, DateOnly? CrimeDate, DateOnly? DueOn, ApplicationStatus Status, DateOnly StatusOn, string? Outcome, DeadlineState Deadline);

/// <summary>Everything on a family's Justice tab.</summary>
public sealed record JusticeView(
    IReadOnlyList<ProceedingRow> Proceedings,
    IReadOnlyList<StatementRow> Statements,
    IReadOnlyList<PoliceContactRow> PoliceContacts,
    IReadOnlyList<InformationRow> Information,
    IReadOnlyList<InterviewRow> Interviews,
    IReadOnlyList<ApplicationRow> Applications)
{
    public static readonly JusticeView Empty = new([], [], [], [], [], []);

    /// <summary>The tell-it-once ledger of one person, as the Domain rule reads it.</summary>
    public IReadOnlyList<EarlierInterview> EarlierInterviewsOf(int memberId, int editingId) =>
        TellItOnce.EarlierGiven(Interviews.Where(i => i.MemberId == memberId).Select(i => (i.Id, i.Kind, i.Status, i.On, i.ConductedBy, i.Recorded, i.RecordingHeldBy)), editingId);
}
