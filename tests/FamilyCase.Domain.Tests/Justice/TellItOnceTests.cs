using FamilyCase.Domain.Justice;

namespace FamilyCase.Domain.Tests.Justice;

public sealed class TellItOnceTests
{
    private static readonly (int, InterviewKind, InterviewStatus, DateOnly, string, bool, string?)[] Ledger =
    [
        (1, InterviewKind.Police, InterviewStatus.Given, new DateOnly(2026, 2, 3), "Northbay Police", true, "Northbay Police, major crime unit"),
        (2, InterviewKind.ChildAdvocacyCentre, InterviewStatus.Given, new DateOnly(2026, 3, 10), "Child advocacy centre", true, "Child advocacy centre"),
        (3, InterviewKind.Crown, InterviewStatus.Arranged, new DateOnly(2026, 9, 1), "Crown attorney's office", false, null),
        (4, InterviewKind.Medical, InterviewStatus.Cancelled, new DateOnly(2026, 4, 1), "Clinic", false, null),
    ];

    [Fact]
    public void The_interviews_already_given_are_shown_newest_first()
    {
        var earlier = TellItOnce.EarlierGiven(Ledger, editingId: 0);

        Assert.Equal([2, 1], earlier.Select(e => e.Id));
        Assert.Equal("Child advocacy centre", earlier[0].RecordingHeldBy);
    }

    [Fact]
    public void The_interview_being_edited_is_not_its_own_earlier_interview() =>
        Assert.Equal([2], TellItOnce.EarlierGiven(Ledger, editingId: 1).Select(e => e.Id));

    [Fact]
    public void Arranging_another_interview_after_one_was_given_asks_why_it_is_needed()
    {
        var earlier = TellItOnce.EarlierGiven(Ledger, 0);

        Assert.Equal(
            "This person has already given 2 interviews. Please check whether a recording could be used instead, and say in a sentence why a new interview is needed.",
            TellItOnce.Problem(InterviewStatus.Arranged, earlier, null));
        Assert.NotNull(TellItOnce.Problem(InterviewStatus.Arranged, earlier, "  short  "));
        Assert.Null(TellItOnce.Problem(InterviewStatus.Arranged, earlier, "The Crown needs the sibling's account of the car, which the recording does not cover."));
    }

    [Fact]
    public void A_first_interview_or_one_already_given_needs_no_reason()
    {
        Assert.Null(TellItOnce.Problem(InterviewStatus.Arranged, [], null));
        Assert.Null(TellItOnce.Problem(InterviewStatus.Given, TellItOnce.EarlierGiven(Ledger, 0), null));
    }
}
