using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyCase.Data.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for this provider's migrations; it never connects.</summary>
public sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<FamilyCaseDb>
{
    public FamilyCaseDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<FamilyCaseDb>();
        options.UseFamilyCaseProvider(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
        return new FamilyCaseDb(options.Options);
    }
}
