using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyCase.Data.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CourtCondition",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FamilyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProceedingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Wording = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Protects = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FamilyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProceedingId = table.Column<int>(type: "INTEGER", nullable: false),
                    CourtEventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MemberIds = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Sections = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    GeneratedByStaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    PreparedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GeneratedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Pages = table.Column<int>(type: "INTEGER", nullable: false),
                    PasswordProtected = table.Column<bool>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: true),
                    CopyOfId = table.Column<int>(type: "INTEGER", nullable: true)
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
