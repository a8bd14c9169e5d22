using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyCase.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CourtDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MeetingPoint",
                table: "CourtEvents",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CourtCondition",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    ProceedingId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Wording = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Protects = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourtCondition", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourtCondition_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourtCondition_Proceedings_ProceedingId",
                        column: x => x.ProceedingId,
                        principalTable: "Proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GeneratedDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    ProceedingId = table.Column<int>(type: "int", nullable: false),
                    CourtEventId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Audience = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    MemberIds = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Sections = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    GeneratedByStaffId = table.Column<int>(type: "int", nullable: false),
                    PreparedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    GeneratedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Sha256 = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Pages = table.Column<int>(type: "int", nullable: false),
                    PasswordProtected = table.Column<bool>(type: "bit", nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    CopyOfId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GeneratedDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GeneratedDocuments_CourtEvents_CourtEventId",
                        column: x => x.CourtEventId,
                        principalTable: "CourtEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GeneratedDocuments_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GeneratedDocuments_GeneratedDocuments_CopyOfId",
                        column: x => x.CopyOfId,
                        principalTable: "GeneratedDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GeneratedDocuments_Proceedings_ProceedingId",
                        column: x => x.ProceedingId,
                        principalTable: "Proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CourtCondition_FamilyId",
                table: "CourtCondition",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_CourtCondition_ProceedingId",
                table: "CourtCondition",
                column: "ProceedingId");

            migrationBuilder.CreateIndex(
                name: "IX_GeneratedDocuments_CopyOfId",
                table: "GeneratedDocuments",
                column: "CopyOfId");

            migrationBuilder.CreateIndex(
                name: "IX_GeneratedDocuments_CourtEventId",
                table: "GeneratedDocuments",
                column: "CourtEventId");

            migrationBuilder.CreateIndex(
                name: "IX_GeneratedDocuments_FamilyId_GeneratedAtUtc",
                table: "GeneratedDocuments",
                columns: new[] { "FamilyId", "GeneratedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GeneratedDocuments_ProceedingId",
                table: "GeneratedDocuments",
                column: "ProceedingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CourtCondition");

            migrationBuilder.DropTable(
                name: "GeneratedDocuments");

            migrationBuilder.DropColumn(
                name: "MeetingPoint",
                table: "CourtEvents");
        }
    }
}
