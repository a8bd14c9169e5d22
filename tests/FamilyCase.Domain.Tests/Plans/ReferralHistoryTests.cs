using FamilyCase.Domain.Plans;

namespace FamilyCase.Domain.Tests.Plans;

public sealed class ReferralHistoryTests
{
    private static readonly DateOnly Referred = new(2026, 3, 2);
    private static readonly DateTime Now = new(2026, 3, 2, 15, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(ReferralStatus.Pending, ReferralStatus.Waitlisted, true)]
    [InlineData(ReferralStatus.Pending, ReferralStatus.Active, true)]
    [InlineData(ReferralStatus.Pending, ReferralStatus.NotEligible, true)]
    [InlineData(ReferralStatus.Pending, ReferralStatus.Completed, false)]
    [InlineData(ReferralStatus.Waitlisted, ReferralStatus.Active, true)]
    [InlineData(ReferralStatus.Waitlisted, ReferralStatus.Pending, false)]
    [InlineData(ReferralStatus.Active, ReferralStatus.Completed, true)]
    [InlineData(ReferralStatus.Active, ReferralStatus.DeclinedByPerson, true)]
    [InlineData(ReferralStatus.Active, ReferralStatus.Waitlisted, false)]
    [InlineData(ReferralStatus.Completed, ReferralStatus.Pending, false)]
    [InlineData(ReferralStatus.Completed, ReferralStatus.Active, false)]
    [InlineData(ReferralStatus.DeclinedByPerson, ReferralStatus.Active, false)]
    [InlineData(ReferralStatus.NotEligible, ReferralStatus.Waitlisted, false)]
    [InlineData(ReferralStatus.ClosedWithoutService, ReferralStatus.Pending, false)]
    [InlineData(ReferralStatus.Completed, ReferralStatus.Completed, true)]
    public void A_referral_moves_only_in_ways_that_make_sense(ReferralStatus from, ReferralStatus to, bool allowed) =>
        Assert.Equal(allowed, ReferralStatuses.Moves.Allows(from, to));

    [Fact]
    public void A_completed_referral_cannot_go_back_to_pending_and_says_what_to_do_instead()
    {
        var referral = Started(ReferralStatus.Pending);
        Assert.Null(ReferralHistory.Move(referral, ReferralStatus.Active, Referred.AddDays(10), 1, Now.AddDays(10)));
        Assert.Null(ReferralHistory.Move(referral, ReferralStatus.Completed, Referred.AddDays(60), 1, Now.AddDays(60)));

        var problem = ReferralHistory.Move(referral, ReferralStatus.Pending, Referred.AddDays(61), 1, Now.AddDays(61));

        Assert.Equal("This referral has ended (completed), so it cannot move back. If the person needs the service again, please make a new referral; if the status was recorded in error, correct it (the old entry is kept).", problem);
        Assert.Equal(ReferralStatus.Completed, referral.Status);
        Assert.Equal(3, referral.Steps.Count);
    }

    [Fact]
    public void The_wait_is_counted_from_the_referral_to_the_first_service()
    {
        var referral = Started(ReferralStatus.Pending);
        Assert.Null(ReferralHistory.Move(referral, ReferralStatus.Waitlisted, Referred.AddDays(3), 1, Now.AddDays(3)));
        Assert.Null(referral.WaitDays);

        Assert.Null(ReferralHistory.Move(referral, ReferralStatus.Active, Referred.AddDays(47), 1, Now.AddDays(47)));
        Assert.Null(ReferralHistory.Move(referral, ReferralStatus.Completed, Referred.AddDays(120), 1, Now.AddDays(120)));

        Assert.Equal((Referred.AddDays(47), 47), (referral.FirstServiceOn, referral.WaitDays));
        Assert.Equal((ReferralStatus.Completed, Referred.AddDays(120)), (referral.Status, referral.StatusOn));
    }

    [Fact]
    public void A_correction_is_a_new_entry_that_keeps_the_old_one_and_undoes_its_wait()
    {
        var referral = Started(ReferralStatus.Waitlisted);
        Assert.Null(ReferralHistory.Move(referral, ReferralStatus.Active, Referred.AddDays(5), 1, Now.AddDays(5)));
        Assert.Equal(5, referral.WaitDays);

        Assert.Null(ReferralHistory.Correct(referral, ReferralStatus.Waitlisted, Referred.AddDays(5), "Marked active by mistake: still on the list", 1, Now.AddDays(6)));

        Assert.Equal(3, referral.Steps.Count);
        Assert.Equal(ReferralStatus.Waitlisted, referral.Status);
        Assert.Null(referral.FirstServiceOn);
        Assert.Null(referral.WaitDays);
        Assert.Equal([ReferralStatus.Waitlisted, ReferralStatus.Waitlisted], ReferralHistory.Effective(referral.Steps).Select(s => s.Status));
        Assert.Contains(referral.Steps, s => s.Status == ReferralStatus.Active);
    }

    [Fact]
    public void A_correction_needs_a_reason_and_can_undo_an_ending()
    {
        var referral = Started(ReferralStatus.Pending);
        Assert.Null(ReferralHistory.Move(referral, ReferralStatus.ClosedWithoutService, Referred.AddDays(30), 1, Now.AddDays(30)));

        Assert.Equal("Please say why the status is being corrected (the entry it replaces stays on record).", ReferralHistory.Correct(referral, ReferralStatus.Waitlisted, Referred.AddDays(30), " ", 1, Now.AddDays(31)));
        Assert.Null(ReferralHistory.Correct(referral, ReferralStatus.Waitlisted, Referred.AddDays(30), "The program called back: she is on the list", 1, Now.AddDays(31)));
        Assert.Equal(ReferralStatus.Waitlisted, referral.Status);
    }

    [Fact]
    public void A_correction_must_follow_the_entry_before_the_one_it_replaces()
    {
        var referral = Started(ReferralStatus.Pending);
        Assert.Null(ReferralHistory.Move(referral, ReferralStatus.Active, Referred.AddDays(10), 1, Now.AddDays(10)));
        Assert.Null(ReferralHistory.Move(referral, ReferralStatus.Completed, Referred.AddDays(40), 1, Now.AddDays(40)));

        var backToPending = ReferralHistory.Correct(referral, ReferralStatus.Pending, Referred.AddDays(40), "Wrong button", 1, Now.AddDays(41));
        var tooEarly = ReferralHistory.Correct(referral, ReferralStatus.DeclinedByPerson, Referred.AddDays(5), "She stopped going", 1, Now.AddDays(41));
        var stopped = ReferralHistory.Correct(referral, ReferralStatus.DeclinedByPerson, Referred.AddDays(30), "She stopped going; the program closed her file", 1, Now.AddDays(41));

        Assert.Equal("That status cannot follow the entry before the one being corrected (from 2026-03-12). Please choose a status that can come after it.", backToPending);
        Assert.Equal("The corrected status cannot date from before the entry before it (2026-03-12).", tooEarly);
        Assert.Null(stopped);
        Assert.Equal((ReferralStatus.DeclinedByPerson, 10), (referral.Status, referral.WaitDays));
    }

    [Fact]
    public void A_status_is_never_dated_before_the_referral_or_the_status_before_it()
    {
        var referral = new Referral { ReferredOn = Referred };
        Assert.Equal("The status cannot date from before the referral was made.", ReferralHistory.Start(referral, ReferralStatus.Pending, Referred.AddDays(-1), 1, Now));

        referral = Started(ReferralStatus.Waitlisted, Referred.AddDays(10));
        Assert.Equal("The new status cannot date from before the last one (2026-03-12).", ReferralHistory.Move(referral, ReferralStatus.Active, Referred.AddDays(9), 1, Now));
    }

    [Fact]
    public void A_referral_served_on_the_day_it_was_made_waited_no_days() =>
        Assert.Equal(0, ReferralHistory.WaitDays(Referred, Referred));

    [Fact]
    public void Each_status_draws_one_kind_of_tie()
    {
        Assert.Equal(ReferralTie.Waiting, ReferralStatuses.TieOf(ReferralStatus.Pending));
        Assert.Equal(ReferralTie.Waiting, ReferralStatuses.TieOf(ReferralStatus.Waitlisted));
        Assert.Equal(ReferralTie.Active, ReferralStatuses.TieOf(ReferralStatus.Active));
        Assert.All([ReferralStatus.Completed, ReferralStatus.DeclinedByPerson, ReferralStatus.NotEligible, ReferralStatus.ClosedWithoutService],
            s => Assert.Equal(ReferralTie.Ended, ReferralStatuses.TieOf(s)));
    }

    [Fact]
    public void Barriers_are_split_into_each_one_met()
    {
        Assert.Equal([ReferralBarrier.Waitlist, ReferralBarrier.Transport, ReferralBarrier.NoResponse], ReferralStatuses.Split(ReferralBarrier.NoResponse | ReferralBarrier.Waitlist | ReferralBarrier.Transport));
        Assert.Equal(11, ReferralStatuses.All.Count);
    }

    private static Referral Started(ReferralStatus status, DateOnly? on = null)
    {
        var referral = new Referral { FamilyId = 1, FamilyMemberId = 2, ReferredOn = Referred, OutsideService = "A parent group" };
        Assert.Null(ReferralHistory.Start(referral, status, on ?? Referred, 1, Now));
        return referral;
    }
}
