using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyCase.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class FamilyFile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FamilyMembers_FamilyId",
                table: "FamilyMembers");

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "FamilyMembers",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "CulturalSupports",
                table: "FamilyMembers",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "FamilyMembers",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RecognisedAsVictim",
                table: "FamilyMembers",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RegisteredWithVictimServices",
                table: "FamilyMembers",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SafeContact_Address",
                table: "FamilyMembers",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SafeContact_BestTimes",
                table: "FamilyMembers",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SafeContact_CodeWord",
                table: "FamilyMembers",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SafeContact_Email",
                table: "FamilyMembers",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SafeContact_MailIsSafe",
                table: "FamilyMembers",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SafeContact_Phone",
                table: "FamilyMembers",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SafeContact_VoicemailIsSafe",
                table: "FamilyMembers",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SafetyNotes",
                table: "FamilyMembers",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAtUtc",
                table: "FamilyMembers",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "FamilyMembers",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Families",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Consents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    FamilyMemberId = table.Column<int>(type: "int", nullable: false),
                    Scope = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Recipient = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Given = table.Column<bool>(type: "bit", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RecordedByStaffId = table.Column<int>(type: "int", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consents_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consents_FamilyMembers_FamilyMemberId",
                        column: x => x.FamilyMemberId,
                        principalTable: "FamilyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consents_Staff_RecordedByStaffId",
                        column: x => x.RecordedByStaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContactNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DurationMinutes = table.Column<int>(type: "int", nullable: true),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    FollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Confidential = table.Column<bool>(type: "bit", nullable: false),
                    AuthorStaffId = table.Column<int>(type: "int", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactNotes_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactNotes_Staff_AuthorStaffId",
                        column: x => x.AuthorStaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmergencyAccesses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    StaffMemberId = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergencyAccesses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmergencyAccesses_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmergencyAccesses_Staff_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContactNoteMembers",
                columns: table => new
                {
                    ContactNoteId = table.Column<int>(type: "int", nullable: false),
                    FamilyMemberId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactNoteMembers", x => new { x.ContactNoteId, x.FamilyMemberId });
                    table.ForeignKey(
                        name: "FK_ContactNoteMembers_ContactNotes_ContactNoteId",
                        column: x => x.ContactNoteId,
                        principalTable: "ContactNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactNoteMembers_FamilyMembers_FamilyMemberId",
                        column: x => x.FamilyMemberId,
                        principalTable: "FamilyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyMembers_FamilyId_Role_Id",
                table: "FamilyMembers",
                columns: new[] { "FamilyId", "Role", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyMembers_FirstName",
                table: "FamilyMembers",
                column: "FirstName");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_FamilyId",
                table: "Consents",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_FamilyMemberId_Scope_DecidedOn",
                table: "Consents",
                columns: new[] { "FamilyMemberId", "Scope", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_RecordedByStaffId",
                table: "Consents",
                column: "RecordedByStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactNoteMembers_FamilyMemberId",
                table: "ContactNoteMembers",
                column: "FamilyMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactNotes_AuthorStaffId",
                table: "ContactNotes",
                column: "AuthorStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactNotes_FamilyId_OccurredAtUtc_Id",
                table: "ContactNotes",
                columns: new[] { "FamilyId", "OccurredAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_FamilyId_StartedAtUtc",
                table: "EmergencyAccesses",
                columns: new[] { "FamilyId", "StartedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_StaffMemberId_ExpiresAtUtc",
                table: "EmergencyAccesses",
                columns: new[] { "StaffMemberId", "ExpiresAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "ContactNoteMembers");

            migrationBuilder.DropTable(
                name: "EmergencyAccesses");

            migrationBuilder.DropTable(
                name: "ContactNotes");

            migrationBuilder.DropIndex(
                name: "IX_FamilyMembers_FamilyId_Role_Id",
                table: "FamilyMembers");

            migrationBuilder.DropIndex(
                name: "IX_FamilyMembers_FirstName",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "CulturalSupports",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "RecognisedAsVictim",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "RegisteredWithVictimServices",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "SafeContact_Address",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "SafeContact_BestTimes",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "SafeContact_CodeWord",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "SafeContact_Email",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "SafeContact_MailIsSafe",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "SafeContact_Phone",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "SafeContact_VoicemailIsSafe",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "SafetyNotes",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "UpdatedAtUtc",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Families");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyMembers_FamilyId",
                table: "FamilyMembers",
                column: "FamilyId");
        }
    }
}
