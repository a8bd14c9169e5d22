using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyCase.Data.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the model for this provider's migrations; it never connects.</summary>
public sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<FamilyCaseDb>
{
    public FamilyCaseDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<FamilyCaseDb>();
        options.UseFamilyCaseProvider(new DatabaseSettings(DatabaseProvider.SqlServer, "Server=(local);Database=FamilyCase;Trusted_Connection=True;TrustServerCertificate=True"));
        return new FamilyCaseDb(options.Options);
    }
}
