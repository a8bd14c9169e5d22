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
        Assert.Contains("CREATE TRIGGER [AuditEvents_AppendOnly] ON [AuditEvents] INSTEAD OF UPDATE, DELETE", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
    }

    [Fact]
    public void The_sql_server_trigger_refuses_updates_and_deletes_of_the_audit_log()
    {
        using var db = Context(DatabaseProvider.SqlServer);
        var script = db.GetService<IMigrator>().GenerateScript();
        var start = script.IndexOf("CREATE TRIGGER [AuditEvents_AppendOnly]", StringComparison.Ordinal);
        var trigger = script[start..script.IndexOf("');", start, StringComparison.Ordinal)].Replace("''", "'", StringComparison.Ordinal);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(trigger);
        var parsed = parser.Parse(reader, out var errors);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => e.Message)));
        var statement = Assert.IsType<CreateTriggerStatement>(Assert.Single(((TSqlScript)parsed).Batches.Single().Statements));
        Assert.Equal(TriggerType.InsteadOf, statement.TriggerType);
        Assert.Equal([TriggerActionType.Update, TriggerActionType.Delete], statement.TriggerActions.Select(a => a.TriggerActionType));
        Assert.IsType<ThrowStatement>(Assert.Single(statement.StatementList.Statements.OfType<BeginEndBlockStatement>().Single().StatementList.Statements));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Every_text_column_has_a_size_so_every_field_can_be_limited_on_the_server(DatabaseProvider provider)
    {
        using var db = Context(provider);
        var unbounded = db.Model.GetEntityTypes()
            // Sign-in accounts are ASP.NET Core Identity's own columns, never typed into a FamilyCase form.
            .Where(t => t.ClrType.Namespace?.StartsWith("FamilyCase", StringComparison.Ordinal) == true && t.ClrType != typeof(FamilyCase.Data.Identity.ApplicationUser))
            .SelectMany(t => t.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is null).Select(p => $"{t.DisplayName()}.{p.Name}"))
            .ToList();

        Assert.True(unbounded.Count == 0, "Text columns without a size: " + string.Join(", ", unbounded));
    }
}
