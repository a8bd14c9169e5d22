using FamilyCase.Domain.Justice;

namespace FamilyCase.Web.Features.Justice;

public sealed record ChargeRow(string Section, string? Wording);

public sealed record BanRow(string Section, DateOnly? MadeOn, string? Scope, string? Protects);

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
    IReadOnlyList<ChargeRow> Charges, IReadOnlyList<BanRow> Bans, IReadOnlyList<CourtEventRow> Events);

/// <summary>Everything on a family's Justice tab.</summary>
public sealed record JusticeView(IReadOnlyList<ProceedingRow> Proceedings)
{
    public static readonly JusticeView Empty = new([]);
}
