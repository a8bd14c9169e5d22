using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Tests.Staff;

public sealed class SessionRulesTests
{
    private static readonly DateTime SignedIn = new(2026, 12, 4, 13, 0, 0, DateTimeKind.Utc);
    private static readonly SessionRules Rules = new(IdleTimeout: TimeSpan.FromMinutes(20), AbsoluteLifetime: TimeSpan.FromHours(12));
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);
    private static readonly StaffScope Claimed = new(1, StaffRole.Caseworker, 1);

    [Theory]
    [InlineData(0, 0, true, StaffRole.Caseworker, 1, null)]
    [InlineData(60, 19, true, StaffRole.Caseworker, 1, null)]
    [InlineData(60, 21, true, StaffRole.Caseworker, 1, SessionEnd.Idle)]
    [InlineData(12 * 60, 0, true, StaffRole.Caseworker, 1, SessionEnd.Expired)]
    [InlineData(5, 0, false, StaffRole.Caseworker, 1, SessionEnd.Deactivated)]
    [InlineData(5, 0, true, StaffRole.Supervisor, 1, SessionEnd.AccountChanged)]
    [InlineData(5, 0, true, StaffRole.Caseworker, 2, SessionEnd.AccountChanged)]
    public void A_session_ends_on_the_server_when_it_should(int minutesSinceSignIn, int minutesIdle, bool active, StaffRole role, int team, SessionEnd? expected)
    {
        var now = SignedIn.AddMinutes(minutesSinceSignIn);
        var session = new StaffSession { Id = Guid.NewGuid(), StaffMemberId = 1, StartedAtUtc = SignedIn, LastSeenAtUtc = now.AddMinutes(-minutesIdle) };
        var staff = new StaffMember { Id = 1, DisplayName = "A", Email = "a@familycase.example", Role = role, TeamId = team, IsActive = active };

        Assert.Equal(expected, Rules.WhyEnd(session, staff, Claimed, now, Grace));
    }

    [Fact]
    public void A_session_ended_elsewhere_stays_ended_with_its_reason()
    {
        var session = new StaffSession { StaffMemberId = 1, StartedAtUtc = SignedIn, LastSeenAtUtc = SignedIn, EndedAtUtc = SignedIn, EndReason = SessionEnd.SignedOutElsewhere };
        var staff = new StaffMember { Id = 1, DisplayName = "A", Email = "a@familycase.example", Role = StaffRole.Caseworker, TeamId = 1 };

        Assert.Equal(SessionEnd.SignedOutElsewhere, Rules.WhyEnd(session, staff, Claimed, SignedIn.AddMinutes(1), Grace));
        Assert.StartsWith("You were signed out because you signed out in another window", SessionRules.Explain(SessionEnd.SignedOutElsewhere, Rules.IdleTimeout, Rules.AbsoluteLifetime));
    }
}
