using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyCase.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReferralReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_ProgramId",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_WaitDays_Kind_ProgramId",
                table: "Referrals");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Kind_WaitDays",
                table: "Referrals",
                columns: new[] { "Kind", "WaitDays" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ProgramId_WaitDays",
                table: "Referrals",
                columns: new[] { "ProgramId", "WaitDays" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Status_Barriers",
                table: "Referrals",
                columns: new[] { "Status", "Barriers" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoals_Status_DomainKey_FamilyId_FamilyMemberId",
                table: "PlanGoals",
                columns: new[] { "Status", "DomainKey", "FamilyId", "FamilyMemberId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_Kind_WaitDays",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_ProgramId_WaitDays",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_Status_Barriers",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_PlanGoals_Status_DomainKey_FamilyId_FamilyMemberId",
                table: "PlanGoals");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ProgramId",
                table: "Referrals",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_WaitDays_Kind_ProgramId",
                table: "Referrals",
                columns: new[] { "WaitDays", "Kind", "ProgramId" });
        }
    }
}
