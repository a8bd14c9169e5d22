namespace FamilyCase.Domain.Plans;

/// <summary>
/// The one rule for a referral's status history: which moves are allowed, how a correction sets aside the entry before it,
/// and what the history says now (status, first service, wait).
/// </summary>
public static class ReferralHistory
{
    public const int MostNote = 500;

    /// <summary>Starts a referral with its first entry.</summary>
    public static string? Start(Referral referral, ReferralStatus status, DateOnly on, int staffId, DateTime nowUtc, string? note = null)
    {
        if (referral.Steps.Count > 0)
        {
            throw new InvalidOperationException("The referral has already started.");
        }

        if (on < referral.ReferredOn)
        {
            return "The status cannot date from before the referral was made.";
        }

        referral.Steps.Add(Step(referral, status, on, correction: false, note, staffId, nowUtc));
        Summarise(referral);
        return null;
    }

    /// <summary>Why the referral cannot move to this status on this day, or null when it can.</summary>
    public static string? MoveProblem(Referral referral, ReferralStatus to, DateOnly on)
    {
        var standing = Effective(referral.Steps);
        var current = standing.Count > 0 ? standing[^1] : throw new InvalidOperationException("The referral has no status yet.");
        return to == current.Status ? null
            : ReferralStatuses.Moves.Problem(current.Status, to)
            ?? (on < current.On ? $"The new status cannot date from before the last one ({current.On:yyyy-MM-dd})." : null);
    }

    /// <summary>Moves the referral along an allowed step, or says why it cannot move.</summary>
    public static string? Move(Referral referral, ReferralStatus to, DateOnly on, int staffId, DateTime nowUtc, string? note = null)
    {
        if (MoveProblem(referral, to, on) is { } problem)
        {
            return problem;
        }

        if (to == referral.Status)
        {
            return null;
        }

        referral.Steps.Add(Step(referral, to, on, correction: false, note, staffId, nowUtc));
        Summarise(referral);
        return null;
    }

    /// <summary>Records that the last entry was wrong: a new entry with the right status, which keeps the old one on record.</summary>
    /// <summary>
    /// Why this correction cannot be made, or null. A correction replaces the last entry, so it must follow the entry before that
    /// one as a move would: completed can never be corrected to follow on from "receiving the service" as pending.
    /// </summary>
    public static string? CorrectionProblem(Referral referral, ReferralStatus to, string? reason, DateOnly on)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Please say why the status is being corrected (the entry it replaces stays on record).";
        }

        if (on < referral.ReferredOn)
        {
            return "The status cannot date from before the referral was made.";
        }

        var standing = Effective(referral.Steps);
        if (standing.Count < 2)
        {
            return null;
        }

        var before = standing[^2];
        return !ReferralStatuses.Moves.Allows(before.Status, to)
            ? $"That status cannot follow the entry before the one being corrected (from {before.On:yyyy-MM-dd}). Please choose a status that can come after it."
            : on < before.On ? $"The corrected status cannot date from before the entry before it ({before.On:yyyy-MM-dd})."
            : null;
    }

    public static string? Correct(Referral referral, ReferralStatus to, DateOnly on, string? reason, int staffId, DateTime nowUtc)
    {
        if (CorrectionProblem(referral, to, reason, on) is { } problem)
        {
            return problem;
        }

        referral.Steps.Add(Step(referral, to, on, correction: true, reason, staffId, nowUtc));
        Summarise(referral);
        return null;
    }

    /// <summary>The entries that stand, in order: each correction takes the place of the entry before it.</summary>
    public static IReadOnlyList<ReferralStep> Effective(IEnumerable<ReferralStep> steps)
    {
        var standing = new List<ReferralStep>();
        foreach (var step in steps.OrderBy(s => s.RecordedAtUtc).ThenBy(s => s.Id == 0 ? int.MaxValue : s.Id))
        {
            if (step.Correction && standing.Count > 0)
            {
                standing.RemoveAt(standing.Count - 1);
            }

            standing.Add(step);
        }

        return standing;
    }

    /// <summary>Brings the referral's status, first service and wait in line with its history.</summary>
    public static void Summarise(Referral referral)
    {
        var standing = Effective(referral.Steps);
        var last = standing[^1];
        referral.Status = last.Status;
        referral.StatusOn = last.On;
        referral.FirstServiceOn = standing.FirstOrDefault(s => s.Status == ReferralStatus.Active)?.On;
        referral.WaitDays = WaitDays(referral.ReferredOn, referral.FirstServiceOn);
    }

    public static int? WaitDays(DateOnly referredOn, DateOnly? firstServiceOn) =>
        firstServiceOn is { } first ? Math.Max(0, first.DayNumber - referredOn.DayNumber) : null;

    private static ReferralStep Step(Referral referral, ReferralStatus status, DateOnly on, bool correction, string? note, int staffId, DateTime nowUtc) => new()
    {
        FamilyId = referral.FamilyId,
        ReferralId = referral.Id,
        Status = status,
        On = on,
        Correction = correction,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        RecordedByStaffId = staffId,
        RecordedAtUtc = nowUtc,
    };
}
