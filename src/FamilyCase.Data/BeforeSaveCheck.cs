using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FamilyCase.Data;

/// <summary>A rule every save must pass: it looks at what is about to be written and throws to refuse the whole save.</summary>
public abstract class BeforeSaveCheck : SaveChangesInterceptor
{
    public sealed override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        CheckIfAny(eventData.Context);
        return result;
    }

    public sealed override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        CheckIfAny(eventData.Context);
        return ValueTask.FromResult(result);
    }

    protected abstract void Check(DbContext context);

    private void CheckIfAny(DbContext? context)
    {
        if (context is not null)
        {
            Check(context);
        }
    }
}
