using System.Data.Common;
using FamilyCase.Data.Validation;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Components.Shared;

/// <summary>
/// Runs a save from a screen and turns whatever can stop it into a plain message, so the person's text stays on screen:
/// the family left their scope, a text was longer than its column (a check the form should already have made), or the
/// database failed or did not answer (logged, and the person can try again).
/// </summary>
public sealed class SafeSave(ILogger<SafeSave> logger)
{
    public const string DatabaseProblem = "Not saved: the database did not answer. Your text is still here; please try again in a moment.";

    public async Task<SaveOutcome> RunAsync(Func<Task<SaveOutcome>> save)
    {
        try
        {
            return await save();
        }
        catch (FamilyAccessDeniedException)
        {
            return SaveOutcome.Refused(FamilyScope.NoLongerAllowed);
        }
        catch (TextTooLongException tooLong)
        {
            return SaveOutcome.Refused(tooLong.Message + " Your text is still here.");
        }
        catch (Exception problem) when (problem is DbUpdateException or DbException or TimeoutException)
        {
            logger.LogError(problem, "A save from a screen failed in the database");
            return SaveOutcome.Refused(DatabaseProblem);
        }
    }
}
