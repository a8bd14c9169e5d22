using FamilyCase.Domain.Notes;

namespace FamilyCase.Web.Features.Notes;

public sealed record NoteRow(
    int Id,
    ContactKind Kind,
    DateTime OccurredAtUtc,
    int? DurationMinutes,
    string Text,
    DateOnly? FollowUpOn,
    bool Confidential,
    string Author,
    IReadOnlyList<string> Members,
    int Version);

public sealed record NoteFilter(ContactKind? Kind = null, int? MemberId = null, bool FollowUpsOnly = false, bool ConfidentialOnly = false, string? Search = null);

public sealed record NotePage(IReadOnlyList<NoteRow> Notes, int Total);
