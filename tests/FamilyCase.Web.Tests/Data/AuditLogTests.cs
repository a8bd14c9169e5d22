using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Auditing;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Data;

public sealed class AuditLogTests(AuditLogTests.App app) : IClassFixture<AuditLogTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task Audit_events_cannot_be_changed_or_deleted()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AuditTrail>().RecordAsync(new AuditEntry(AuditAction.View, "Test reader", RecordType: "Family", RecordId: "1"));
        }

        await using var db = app.CreateDb();
        var entry = await db.AuditEvents.SingleAsync(e => e.ActorName == "Test reader");

        entry.Detail = "rewritten";
        var change = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditEvents.Remove(entry);
        var removal = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("append-only", change.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", removal.Message, StringComparison.Ordinal);
        await using var fresh = app.CreateDb();
        Assert.Null((await fresh.AuditEvents.SingleAsync(e => e.ActorName == "Test reader")).Detail);
    }

    [Fact]
    public async Task The_database_itself_refuses_a_raw_update_or_delete_of_the_audit_log()
    {
        await using var db = app.CreateDb();
        var count = await db.AuditEvents.CountAsync();
        Assert.True(count > 0);

        var update = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.Database.ExecuteSqlRawAsync("UPDATE AuditEvents SET Detail = 'rewritten'"));
        var delete = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEvents"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal(count, await db.AuditEvents.CountAsync());
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Detail == "rewritten"));
    }
}
