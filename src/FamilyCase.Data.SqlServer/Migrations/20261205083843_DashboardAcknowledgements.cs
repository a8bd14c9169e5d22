using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyCase.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DashboardAcknowledgements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RefusalAcknowledgements",
                columns: table => new
                {
                    AuditEventId = table.Column<long>(type: "bigint", nullable: false),
                    AcknowledgedByStaffId = table.Column<int>(type: "int", nullable: false),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefusalAcknowledgements", x => x.AuditEventId);
                    table.ForeignKey(
                        name: "FK_RefusalAcknowledgements_AuditEvents_AuditEventId",
                        column: x => x.AuditEventId,
                        principalTable: "AuditEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_Action_ActorStaffId_OccurredAtUtc",
                table: "AuditEvents",
                columns: new[] { "Action", "ActorStaffId", "OccurredAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RefusalAcknowledgements");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_Action_ActorStaffId_OccurredAtUtc",
                table: "AuditEvents");
        }
    }
}
