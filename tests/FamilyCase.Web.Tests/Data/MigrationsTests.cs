using FamilyCase.Data;
using Microsoft.Data.Sqlite;
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

    [Fact]
    public void On_sql_server_earlier_emergency_grants_get_their_teams_before_the_new_foreign_keys_check_them()
    {
        using var db = Context(DatabaseProvider.SqlServer);
        var script = db.GetService<IMigrator>().GenerateScript();

        var backfill = script.IndexOf("UPDATE EmergencyAccesses SET FamilyTeamId", StringComparison.Ordinal);
        var foreignKey = script.IndexOf("FK_EmergencyAccesses_Teams_FamilyTeamId", StringComparison.Ordinal);

        Assert.True(backfill > 0 && foreignKey > backfill, "The team backfill must run before the foreign key to Teams is added.");
    }

    [Fact]
    public async Task Upgrading_a_database_keeps_each_earlier_emergency_grant_with_the_teams_it_crossed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"familycase-upgrade-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<FamilyCaseDb>();
        options.UseFamilyCaseProvider(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False"));
        try
        {
            await using var db = new FamilyCaseDb(options.Options);
            var migrator = db.GetService<IMigrator>();
            var beforeEmergencyTeams = db.Database.GetMigrations().Last(id => id.EndsWith("_Assessments", StringComparison.Ordinal));
            await migrator.MigrateAsync(beforeEmergencyTeams);

            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;");
            await InsertRowAsync(db, "Teams", new() { ["Id"] = 7 });
            await InsertRowAsync(db, "Teams", new() { ["Id"] = 9 });
            await InsertRowAsync(db, "Staff", new() { ["Id"] = 3, ["TeamId"] = 7 });
            await InsertRowAsync(db, "Families", new() { ["Id"] = 5, ["TeamId"] = 9 });
            await InsertRowAsync(db, "EmergencyAccesses", new() { ["Id"] = 1, ["FamilyId"] = 5, ["StaffMemberId"] = 3 });
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;");
            await db.Database.CloseConnectionAsync();

            await migrator.MigrateAsync();

            var familyTeam = await db.Database.SqlQueryRaw<int>("SELECT FamilyTeamId AS Value FROM EmergencyAccesses").SingleAsync();
            var staffTeam = await db.Database.SqlQueryRaw<int>("SELECT StaffTeamId AS Value FROM EmergencyAccesses").SingleAsync();
            Assert.Equal(9, familyTeam);
            Assert.Equal(7, staffTeam);
            await db.Database.OpenConnectionAsync();
            await InsertRowAsync(db, "AuditEvents", new() { ["Id"] = 1 });
            var refused = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEvents"));
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Fills every required column of an older schema with a plain value, so the test need not repeat that schema.
    private static async Task InsertRowAsync(FamilyCaseDb db, string table, Dictionary<string, object> values)
    {
        var connection = db.Database.GetDbConnection();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info('{table}')";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var (name, type, required, hasDefault) = (reader.GetString(0), reader.GetString(1), reader.GetInt64(2) == 1, !reader.IsDBNull(3));
                if (required && !hasDefault && !values.ContainsKey(name))
                {
                    values[name] = type.StartsWith("INTEGER", StringComparison.OrdinalIgnoreCase) ? 0 : type.StartsWith("BLOB", StringComparison.OrdinalIgnoreCase) ? new byte[] { 1 } : (object)$"{table} {name} {Guid.NewGuid():N}";
                }
            }
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", values.Keys.Select(k => $"\"{k}\""))}) VALUES ({string.Join(", ", values.Keys.Select((_, i) => $"$p{i}"))})";
        foreach (var (value, i) in values.Values.Select((v, i) => (v, i)))
        {
            insert.Parameters.Add(new SqliteParameter($"$p{i}", value));
        }

        await insert.ExecuteNonQueryAsync();
    }
}
