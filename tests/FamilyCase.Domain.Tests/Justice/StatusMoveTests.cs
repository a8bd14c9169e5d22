using FamilyCase.Domain.Justice;

namespace FamilyCase.Domain.Tests.Justice;

public sealed class StatusMoveTests
{
    [Theory]
    [InlineData(ProceedingStatus.Open, ProceedingStatus.Stayed, true)]
    [InlineData(ProceedingStatus.Open, ProceedingStatus.Withdrawn, true)]
    [InlineData(ProceedingStatus.Open, ProceedingStatus.Concluded, true)]
    [InlineData(ProceedingStatus.Stayed, ProceedingStatus.Open, true)]
    [InlineData(ProceedingStatus.Stayed, ProceedingStatus.Concluded, true)]
    [InlineData(ProceedingStatus.Stayed, ProceedingStatus.Withdrawn, false)]
    [InlineData(ProceedingStatus.Withdrawn, ProceedingStatus.Open, false)]
    [InlineData(ProceedingStatus.Concluded, ProceedingStatus.Open, false)]
    [InlineData(ProceedingStatus.Concluded, ProceedingStatus.Stayed, false)]
    [InlineData(ProceedingStatus.Withdrawn, ProceedingStatus.Withdrawn, true)]
    public void A_proceeding_moves_only_along_the_legal_path(ProceedingStatus from, ProceedingStatus to, bool allowed) =>
        Assert.Equal(allowed, ProceedingStatuses.Moves.Allows(from, to));

    [Fact]
    public void A_proceeding_that_cannot_move_says_to_add_a_new_one_and_keeps_its_status()
    {
        var proceeding = new LegalProceeding { Court = "Ontario Court of Justice", OpenedOn = new DateOnly(2026, 1, 5), StatusOn = new DateOnly(2026, 1, 5), Status = ProceedingStatus.Concluded };

        var problem = proceeding.MoveTo(ProceedingStatus.Open, new DateOnly(2026, 6, 1));

        Assert.Equal("A concluded proceeding cannot change status. If charges were laid again or a new hearing began, please add it as a new proceeding.", problem);
        Assert.Equal(ProceedingStatus.Concluded, proceeding.Status);
    }

    [Fact]
    public void A_status_change_is_dated_and_never_before_the_proceeding_opened()
    {
        var proceeding = new LegalProceeding { Court = "Ontario Court of Justice", OpenedOn = new DateOnly(2026, 1, 5), StatusOn = new DateOnly(2026, 1, 5) };

        Assert.Equal("The status cannot change before the proceeding opened.", proceeding.MoveTo(ProceedingStatus.Stayed, new DateOnly(2026, 1, 4)));
        Assert.Null(proceeding.MoveTo(ProceedingStatus.Stayed, new DateOnly(2026, 3, 2)));
        Assert.Equal((ProceedingStatus.Stayed, new DateOnly(2026, 3, 2)), (proceeding.Status, proceeding.StatusOn));
    }

    [Theory]
    [InlineData(AccommodationStatus.Requested, AccommodationStatus.Granted, true)]
    [InlineData(AccommodationStatus.Requested, AccommodationStatus.Used, false)]
    [InlineData(AccommodationStatus.Granted, AccommodationStatus.Used, true)]
    [InlineData(AccommodationStatus.Refused, AccommodationStatus.Granted, false)]
    [InlineData(AccommodationStatus.Refused, AccommodationStatus.Requested, true)]
    [InlineData(AccommodationStatus.Used, AccommodationStatus.Requested, false)]
    [InlineData(AccommodationStatus.Withdrawn, AccommodationStatus.Requested, true)]
    public void An_accommodation_is_decided_before_it_is_used(AccommodationStatus from, AccommodationStatus to, bool allowed) =>
        Assert.Equal(allowed, AccommodationStatuses.Moves.Allows(from, to));

    [Theory]
    [InlineData(StatementStatus.Offered, StatementStatus.Drafting, true)]
    [InlineData(StatementStatus.Offered, StatementStatus.ReadInCourt, false)]
    [InlineData(StatementStatus.Filed, StatementStatus.ReadInCourt, true)]
    [InlineData(StatementStatus.ReadInCourt, StatementStatus.Drafting, false)]
    [InlineData(StatementStatus.Declined, StatementStatus.Drafting, true)]
    public void A_victim_impact_statement_is_filed_before_it_is_read(StatementStatus from, StatementStatus to, bool allowed) =>
        Assert.Equal(allowed, StatementStatuses.Moves.Allows(from, to));

    [Theory]
    [InlineData(ApplicationStatus.NotStarted, ApplicationStatus.Submitted, true)]
    [InlineData(ApplicationStatus.NotStarted, ApplicationStatus.Approved, false)]
    [InlineData(ApplicationStatus.Submitted, ApplicationStatus.Approved, true)]
    [InlineData(ApplicationStatus.Approved, ApplicationStatus.Submitted, false)]
    [InlineData(ApplicationStatus.Declined, ApplicationStatus.InProgress, false)]
    [InlineData(ApplicationStatus.Withdrawn, ApplicationStatus.InProgress, true)]
    public void An_application_is_submitted_before_it_is_decided(ApplicationStatus from, ApplicationStatus to, bool allowed) =>
        Assert.Equal(allowed, ApplicationStatuses.Moves.Allows(from, to));

    [Fact]
    public void The_choices_offered_are_the_present_status_and_the_moves_from_it() =>
        Assert.Equal([AccommodationStatus.Granted, AccommodationStatus.Used, AccommodationStatus.Withdrawn], AccommodationStatuses.Moves.From(AccommodationStatus.Granted));
}
