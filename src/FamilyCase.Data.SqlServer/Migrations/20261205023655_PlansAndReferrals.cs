using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyCase.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PlansAndReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Area",
                table: "Teams",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DeclinedSuggestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    FamilyMemberId = table.Column<int>(type: "int", nullable: false),
                    AssessmentId = table.Column<int>(type: "int", nullable: false),
                    DomainKey = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    DeclinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DeclinedByStaffId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclinedSuggestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclinedSuggestions_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeclinedSuggestions_FamilyMembers_FamilyMemberId",
                        column: x => x.FamilyMemberId,
                        principalTable: "FamilyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    FamilyMemberId = table.Column<int>(type: "int", nullable: false),
                    DomainKey = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    SourceAssessmentId = table.Column<int>(type: "int", nullable: true),
                    InTheirWords = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    TargetOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StatusNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanGoals_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanGoals_FamilyMembers_FamilyMemberId",
                        column: x => x.FamilyMemberId,
                        principalTable: "FamilyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceOrganisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Website = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    About = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RetiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceOrganisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GoalActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    PlanGoalId = table.Column<int>(type: "int", nullable: false),
                    Who = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    What = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ByOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Done = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalActions_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoalActions_PlanGoals_PlanGoalId",
                        column: x => x.PlanGoalId,
                        principalTable: "PlanGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServicePrograms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kinds = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Areas = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Languages = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Eligibility = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Cost = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CostNote = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    TraumaInformed = table.Column<bool>(type: "bit", nullable: false),
                    Route = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    HowToRefer = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Contact = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    TypicalWaitDays = table.Column<int>(type: "int", nullable: true),
                    RetiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServicePrograms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServicePrograms_ServiceOrganisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "ServiceOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    FamilyMemberId = table.Column<int>(type: "int", nullable: false),
                    ProgramId = table.Column<int>(type: "int", nullable: true),
                    OutsideService = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PlanGoalId = table.Column<int>(type: "int", nullable: true),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SharesInformation = table.Column<bool>(type: "bit", nullable: false),
                    Barriers = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstServiceOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WaitDays = table.Column<int>(type: "int", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_FamilyMembers_FamilyMemberId",
                        column: x => x.FamilyMemberId,
                        principalTable: "FamilyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_PlanGoals_PlanGoalId",
                        column: x => x.PlanGoalId,
                        principalTable: "PlanGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_ServicePrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "ServicePrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReferralSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    ReferralId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Correction = table.Column<bool>(type: "bit", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RecordedByStaffId = table.Column<int>(type: "int", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralSteps_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReferralSteps_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeclinedSuggestions_FamilyId",
                table: "DeclinedSuggestions",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclinedSuggestions_FamilyMemberId_AssessmentId_DomainKey",
                table: "DeclinedSuggestions",
                columns: new[] { "FamilyMemberId", "AssessmentId", "DomainKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GoalActions_FamilyId",
                table: "GoalActions",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalActions_PlanGoalId",
                table: "GoalActions",
                column: "PlanGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoals_FamilyId_Status",
                table: "PlanGoals",
                columns: new[] { "FamilyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoals_FamilyMemberId",
                table: "PlanGoals",
                column: "FamilyMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_FamilyId_Status",
                table: "Referrals",
                columns: new[] { "FamilyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_FamilyMemberId",
                table: "Referrals",
                column: "FamilyMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_PlanGoalId",
                table: "Referrals",
                column: "PlanGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ProgramId",
                table: "Referrals",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_WaitDays_Kind_ProgramId",
                table: "Referrals",
                columns: new[] { "WaitDays", "Kind", "ProgramId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralSteps_FamilyId",
                table: "ReferralSteps",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralSteps_ReferralId",
                table: "ReferralSteps",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOrganisations_Name",
                table: "ServiceOrganisations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServicePrograms_OrganisationId_Name",
                table: "ServicePrograms",
                columns: new[] { "OrganisationId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeclinedSuggestions");

            migrationBuilder.DropTable(
                name: "GoalActions");

            migrationBuilder.DropTable(
                name: "ReferralSteps");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "PlanGoals");

            migrationBuilder.DropTable(
                name: "ServicePrograms");

            migrationBuilder.DropTable(
                name: "ServiceOrganisations");

            migrationBuilder.DropColumn(
                name: "Area",
                table: "Teams");
        }
    }
}
