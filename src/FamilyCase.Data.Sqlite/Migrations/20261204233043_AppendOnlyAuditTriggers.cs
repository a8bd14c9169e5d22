using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyCase.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AppendOnlyAuditTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Append-only in the database itself, not only in EF Core's change tracker: any UPDATE or DELETE is refused.
            migrationBuilder.Sql("CREATE TRIGGER \"AuditEvents_NoUpdate\" BEFORE UPDATE ON \"AuditEvents\" BEGIN SELECT RAISE(ABORT, 'Audit events are append-only and cannot be changed or deleted.'); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"AuditEvents_NoDelete\" BEFORE DELETE ON \"AuditEvents\" BEGIN SELECT RAISE(ABORT, 'Audit events are append-only and cannot be changed or deleted.'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEvents_NoUpdate\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEvents_NoDelete\";");
        }
    }
}
