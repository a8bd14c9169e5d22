using FamilyCase.Data.Validation;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Components.Shared;

namespace FamilyCase.Web.Features.Justice;

/// <summary>The court-date form's checks, for the dialog and the command alike.</summary>
public sealed class CourtEventRules(ColumnLimits columns)
{
    public const int MostLines = 40;

    public TextRule<CourtEventForm> Courthouse { get; } = new("The courthouse", columns.Of<CourtEvent>(e => e.Courthouse), f => f.Courthouse,
        text => string.IsNullOrWhiteSpace(text) ? "Please name the courthouse, or where the virtual hearing is held." : null);
    public TextRule<CourtEventForm> Room { get; } = new("The room", columns.Of<CourtEvent>(e => e.Room), f => f.Room);
    public TextRule<CourtEventForm> Outcome { get; } = new("The outcome", columns.Of<CourtEvent>(e => e.Outcome), f => f.Outcome);
    public TextRule<CourtEventForm> MeetingPoint { get; } = new("Where to meet", columns.Of<CourtEvent>(e => e.MeetingPoint), f => f.MeetingPoint);
    public TextRule<AidLine> AidNote { get; } = new("The note", columns.Of<Accommodation>(a => a.Note), a => a.Note);

    public string? FirstProblem(CourtEventForm form)
    {
        if (form.ProceedingId is null)
        {
            return "Please choose the proceeding this court date belongs to.";
        }

        if (TextRules.FirstProblem([Courthouse, Room, Outcome, MeetingPoint], form) is { } text)
        {
            return text;
        }

        if (form.Date is null || form.Time is null)
        {
            return "Please give the date and time of the hearing.";
        }

        if (form.Time < TimeSpan.Zero || form.Time >= TimeSpan.FromDays(1))
        {
            return "Please give a time of day between 00:00 and 23:59.";
        }

        if ((AgencyTime.OutOfRange(form.Date, "the date") ?? CourtEventForm.CheckDuration(form.Duration)) is { } when)
        {
            return when;
        }

        if (form.Attendees.Count > MostLines || form.Aids.Count > MostLines)
        {
            return $"A court date can list at most {MostLines} people attending and {MostLines} accommodations.";
        }

        if (form.Attendees.Any(a => a.MemberId is null) || form.Aids.Any(a => a.MemberId is null))
        {
            return "Please choose the person on each line, or remove the line.";
        }

        if (form.Attendees.GroupBy(a => a.MemberId).FirstOrDefault(g => g.Count() > 1) is not null)
        {
            return "Each person is listed once among those attending; choose one role for them.";
        }

        return form.Aids.Select(AidProblem).FirstOrDefault(p => p is not null);
    }

    public string? AidProblem(AidLine aid)
    {
        if (AidNote.CheckIn(aid) is { } note)
        {
            return note;
        }

        if (aid.Kind == AccommodationKind.SupportPerson && aid.SupportPersonMemberId is null)
        {
            return "Please choose who will be the support person, or leave the support person line out for now.";
        }

        if (aid.SupportPersonMemberId is { } support && support == aid.MemberId)
        {
            return "A person cannot be their own support person.";
        }

        // Status moves are offered only along the path, and checked against the saved record when saving.
        return AgencyTime.OutOfRange(aid.RequestedOn, "the date it was asked for")
            ?? AgencyTime.OutOfRange(aid.StatusOn, "the date of the decision")
            ?? (aid.RequestedOn is { } asked && aid.StatusOn is { } decided && decided < asked ? "An accommodation cannot be decided before it was asked for." : null);
    }
}
