using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyCase.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SessionsAndEmergencyAccessTeams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "FamilyTeamAcknowledgedAtUtc",
                table: "EmergencyAccesses",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FamilyTeamAcknowledgedByStaffId",
                table: "EmergencyAccesses",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FamilyTeamId",
                table: "EmergencyAccesses",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "GrantedByStaffId",
                table: "EmergencyAccesses",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StaffTeamAcknowledgedAtUtc",
                table: "EmergencyAccesses",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StaffTeamAcknowledgedByStaffId",
                table: "EmergencyAccesses",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StaffTeamId",
                table: "EmergencyAccesses",
                type: "int",
                nullable: true);

            // Grants made before this migration: the teams they crossed, as they are now. Before the foreign keys,
            // which check existing rows on SQL Server and are copied into a rebuilt table on SQLite.
            migrationBuilder.Sql(
                "UPDATE EmergencyAccesses SET FamilyTeamId = (SELECT f.TeamId FROM Families f WHERE f.Id = EmergencyAccesses.FamilyId), "
                + "StaffTeamId = (SELECT s.TeamId FROM Staff s WHERE s.Id = EmergencyAccesses.StaffMemberId);");

            migrationBuilder.AlterColumn<string>(
                name: "Detail",
                table: "AuditEvents",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Wording",
                table: "Assessments",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EmergencyAccessRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    StaffMemberId = table.Column<int>(type: "int", nullable: false),
                    StaffTeamId = table.Column<int>(type: "int", nullable: true),
                    FamilyTeamId = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DecidedByStaffId = table.Column<int>(type: "int", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecisionNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    EmergencyAccessId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergencyAccessRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmergencyAccessRequests_EmergencyAccesses_EmergencyAccessId",
                        column: x => x.EmergencyAccessId,
                        principalTable: "EmergencyAccesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmergencyAccessRequests_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmergencyAccessRequests_Staff_DecidedByStaffId",
                        column: x => x.DecidedByStaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmergencyAccessRequests_Staff_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmergencyAccessRequests_Teams_FamilyTeamId",
                        column: x => x.FamilyTeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmergencyAccessRequests_Teams_StaffTeamId",
                        column: x => x.StaffTeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StaffMemberId = table.Column<int>(type: "int", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastSeenAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EndedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EndReason = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffSessions_Staff_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_FamilyTeamAcknowledgedByStaffId",
                table: "EmergencyAccesses",
                column: "FamilyTeamAcknowledgedByStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_FamilyTeamId_FamilyTeamAcknowledgedAtUtc",
                table: "EmergencyAccesses",
                columns: new[] { "FamilyTeamId", "FamilyTeamAcknowledgedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_GrantedByStaffId",
                table: "EmergencyAccesses",
                column: "GrantedByStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_StaffTeamAcknowledgedByStaffId",
                table: "EmergencyAccesses",
                column: "StaffTeamAcknowledgedByStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_StaffTeamId_StaffTeamAcknowledgedAtUtc",
                table: "EmergencyAccesses",
                columns: new[] { "StaffTeamId", "StaffTeamAcknowledgedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ActorStaffId_OccurredAtUtc",
                table: "AuditEvents",
                columns: new[] { "ActorStaffId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccessRequests_DecidedByStaffId",
                table: "EmergencyAccessRequests",
                column: "DecidedByStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccessRequests_EmergencyAccessId",
                table: "EmergencyAccessRequests",
                column: "EmergencyAccessId");

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccessRequests_FamilyId",
                table: "EmergencyAccessRequests",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccessRequests_FamilyTeamId_Status",
                table: "EmergencyAccessRequests",
                columns: new[] { "FamilyTeamId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccessRequests_StaffMemberId_FamilyId_Status",
                table: "EmergencyAccessRequests",
                columns: new[] { "StaffMemberId", "FamilyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccessRequests_StaffTeamId",
                table: "EmergencyAccessRequests",
                column: "StaffTeamId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffSessions_StaffMemberId_EndedAtUtc",
                table: "StaffSessions",
                columns: new[] { "StaffMemberId", "EndedAtUtc" });

            migrationBuilder.AddForeignKey(
                name: "FK_EmergencyAccesses_Staff_FamilyTeamAcknowledgedByStaffId",
                table: "EmergencyAccesses",
                column: "FamilyTeamAcknowledgedByStaffId",
                principalTable: "Staff",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_EmergencyAccesses_Staff_GrantedByStaffId",
                table: "EmergencyAccesses",
                column: "GrantedByStaffId",
                principalTable: "Staff",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_EmergencyAccesses_Staff_StaffTeamAcknowledgedByStaffId",
                table: "EmergencyAccesses",
                column: "StaffTeamAcknowledgedByStaffId",
                principalTable: "Staff",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_EmergencyAccesses_Teams_FamilyTeamId",
                table: "EmergencyAccesses",
                column: "FamilyTeamId",
                principalTable: "Teams",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_EmergencyAccesses_Teams_StaffTeamId",
                table: "EmergencyAccesses",
                column: "StaffTeamId",
                principalTable: "Teams",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_EmergencyAccesses_Staff_FamilyTeamAcknowledgedByStaffId",
                table: "EmergencyAccesses");

            migrationBuilder.DropForeignKey(
                name: "FK_EmergencyAccesses_Staff_GrantedByStaffId",
                table: "EmergencyAccesses");

            migrationBuilder.DropForeignKey(
                name: "FK_EmergencyAccesses_Staff_StaffTeamAcknowledgedByStaffId",
                table: "EmergencyAccesses");

            migrationBuilder.DropForeignKey(
                name: "FK_EmergencyAccesses_Teams_FamilyTeamId",
                table: "EmergencyAccesses");

            migrationBuilder.DropForeignKey(
                name: "FK_EmergencyAccesses_Teams_StaffTeamId",
                table: "EmergencyAccesses");

            migrationBuilder.DropTable(
                name: "EmergencyAccessRequests");

            migrationBuilder.DropTable(
                name: "StaffSessions");

            migrationBuilder.DropIndex(
                name: "IX_EmergencyAccesses_FamilyTeamAcknowledgedByStaffId",
                table: "EmergencyAccesses");

            migrationBuilder.DropIndex(
                name: "IX_EmergencyAccesses_FamilyTeamId_FamilyTeamAcknowledgedAtUtc",
                table: "EmergencyAccesses");

            migrationBuilder.DropIndex(
                name: "IX_EmergencyAccesses_GrantedByStaffId",
                table: "EmergencyAccesses");

            migrationBuilder.DropIndex(
                name: "IX_EmergencyAccesses_StaffTeamAcknowledgedByStaffId",
                table: "EmergencyAccesses");

            migrationBuilder.DropIndex(
                name: "IX_EmergencyAccesses_StaffTeamId_StaffTeamAcknowledgedAtUtc",
                table: "EmergencyAccesses");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_ActorStaffId_OccurredAtUtc",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "FamilyTeamAcknowledgedAtUtc",
                table: "EmergencyAccesses");

            migrationBuilder.DropColumn(
                name: "FamilyTeamAcknowledgedByStaffId",
                table: "EmergencyAccesses");

            migrationBuilder.DropColumn(
                name: "FamilyTeamId",
                table: "EmergencyAccesses");

            migrationBuilder.DropColumn(
                name: "GrantedByStaffId",
                table: "EmergencyAccesses");

            migrationBuilder.DropColumn(
                name: "StaffTeamAcknowledgedAtUtc",
                table: "EmergencyAccesses");

            migrationBuilder.DropColumn(
                name: "StaffTeamAcknowledgedByStaffId",
                table: "EmergencyAccesses");

            migrationBuilder.DropColumn(
                name: "StaffTeamId",
                table: "EmergencyAccesses");

            migrationBuilder.DropColumn(
                name: "Wording",
                table: "Assessments");

            migrationBuilder.AlterColumn<string>(
                name: "Detail",
                table: "AuditEvents",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000,
                oldNullable: true);
        }
    }
}
