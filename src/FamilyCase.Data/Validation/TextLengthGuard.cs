using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FamilyCase.Data.Validation;

/// <summary>
/// Refuses any save with a text longer than its column, for every entity and every field, so a form that forgot a check
/// still cannot make SQL Server fail mid-save. Forms check the same limits first, to give the message at the field.
/// </summary>
public sealed class TextLengthGuard : BeforeSaveCheck
{
    protected override void Check(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties.Where(p => p.Metadata.ClrType == typeof(string)))
            {
                if (property.CurrentValue is string text && property.Metadata.GetMaxLength() is { } max && text.Length > max)
                {
                    throw new TextTooLongException(entry.Metadata.ClrType.Name, FieldName(entry, property), max, text.Length);
                }
            }
        }
    }

    private static string FieldName(EntityEntry entry, PropertyEntry property) =>
        entry.Metadata.IsOwned() && entry.Metadata.FindOwnership() is { } ownership
            ? $"{ownership.PrincipalToDependent?.Name}.{property.Metadata.Name}"
            : property.Metadata.Name;
}
