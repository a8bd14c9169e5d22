using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FamilyCase.Data.Validation;

/// <summary>
/// The size of every text column, read from the EF Core model: the one place forms take their limits from, so a form's
/// limit can never differ from its column's.
/// </summary>
public sealed class ColumnLimits(IModel model)
{
    /// <summary>The maximum length of a text column, such as <c>Of&lt;FamilyMember&gt;(m =&gt; m.SafeContact.Phone)</c>.</summary>
    public int Of<TEntity>(Expression<Func<TEntity, string?>> column)
    {
        var path = new Stack<string>();
        for (var expression = column.Body; expression is MemberExpression member; expression = member.Expression)
        {
            path.Push(member.Member.Name);
        }

        var type = model.FindEntityType(typeof(TEntity)) ?? throw new ArgumentException($"{typeof(TEntity).Name} is not in the model.", nameof(column));
        while (path.Count > 1)
        {
            var navigation = type.FindNavigation(path.Pop()) ?? throw new ArgumentException($"{column} does not name an owned part.", nameof(column));
            type = navigation.TargetEntityType;
        }

        var property = type.FindProperty(path.Pop()) ?? throw new ArgumentException($"{column} does not name a column.", nameof(column));
        return property.GetMaxLength() ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{property.Name} has no maximum length; give it one in its configuration.");
    }

    public static ColumnLimits From(IDbContextFactory<FamilyCaseDb> factory)
    {
        using var db = factory.CreateDbContext();
        return new ColumnLimits(db.Model);
    }
}
