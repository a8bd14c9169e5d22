using FamilyCase.Data.Validation;
using FamilyCase.Web.Features.Shared;

namespace FamilyCase.Web.Components.Shared;

/// <summary>
/// Runs a save from a screen and turns the refusals a save can meet into a plain message, so the person's text stays on
/// screen: the family left their scope, or a text was longer than its column (a check the form should already have made).
/// </summary>
public static class SafeSave
{
    public static async Task<SaveOutcome> RunAsync(Func<Task<SaveOutcome>> save)
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
    }
}
