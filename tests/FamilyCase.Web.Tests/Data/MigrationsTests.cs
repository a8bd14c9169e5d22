using FamilyCase.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace FamilyCase.Web.Tests.Data;

public class MigrationsTests
{
    private static FamilyCaseDb Context(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.SqlServer => new FamilyCase.Data.SqlServer.DesignTimeDbFactory().CreateDbContext([]),
        _ => new FamilyCase.Data.Sqlite.DesignTimeDbFactory().CreateDbContext([]),
    };

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Every_model_change_has_a_migration(DatabaseProvider provider)
    {
        using var db = Context(provider);

        Assert.True(db.Database.GetMigrations().Any(), $"{provider} has no migrations.");
        Assert.False(db.Database.HasPendingModelChanges(), $"The model has changes with no {provider} migration: run ./add-migration.sh <Name>.");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = Context(DatabaseProvider.Sqlite);
        using var sqlServer = Context(DatabaseProvider.SqlServer);

        static IEnumerable<string> Names(FamilyCaseDb db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_') + 1)..]);

        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Fact]
    public void The_idempotent_sql_server_script_is_valid_t_sql()
    {
        using var db = Context(DatabaseProvider.SqlServer);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);

        Assert.Contains("CREATE TABLE [Families]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
    }
}
