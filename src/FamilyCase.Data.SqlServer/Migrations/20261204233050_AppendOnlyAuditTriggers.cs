using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyCase.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AppendOnlyAuditTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Append-only in the database itself, not only in EF Core's change tracker: any UPDATE or DELETE is refused.
            // EXEC because CREATE TRIGGER must start a batch, and the idempotent script wraps each step in IF ... BEGIN ... END.
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER [AuditEvents_AppendOnly] ON [AuditEvents] INSTEAD OF UPDATE, DELETE AS BEGIN THROW 51000, ''Audit events are append-only and cannot be changed or deleted.'', 1; END');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [AuditEvents_AppendOnly];");
        }
    }
}
