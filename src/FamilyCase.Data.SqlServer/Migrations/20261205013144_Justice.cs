using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyCase.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Justice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CalendarFeedKeyHash",
                table: "Staff",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Applications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    FamilyMemberId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CrimeDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Applications_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Applications_FamilyMembers_FamilyMemberId",
                        column: x => x.FamilyMemberId,
                        principalTable: "FamilyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InformationGiven",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    FamilyMemberId = table.Column<int>(type: "int", nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GivenByStaffId = table.Column<int>(type: "int", nullable: false),
                    Method = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformationGiven", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformationGiven_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformationGiven_FamilyMembers_FamilyMemberId",
                        column: x => x.FamilyMemberId,
                        principalTable: "FamilyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformationGiven_Staff_GivenByStaffId",
                        column: x => x.GivenByStaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Interviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    FamilyMemberId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    ConductedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Recorded = table.Column<bool>(type: "bit", nullable: false),
                    RecordingHeldBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    WhyNeeded = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interviews_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Interviews_FamilyMembers_FamilyMemberId",
                        column: x => x.FamilyMemberId,
                        principalTable: "FamilyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PoliceContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    FamilyMemberId = table.Column<int>(type: "int", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PoliceService = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Officer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Purpose = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Experience = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    InTheirWords = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    FollowUp = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoliceContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoliceContacts_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PoliceContacts_FamilyMembers_FamilyMemberId",
                        column: x => x.FamilyMemberId,
                        principalTable: "FamilyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Proceedings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Court = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CourtLocation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CourtFileNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    AccusedLabel = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CrownContact = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    VictimWitnessContact = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    PoliceService = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PoliceOfficer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proceedings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Proceedings_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Charges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    ProceedingId = table.Column<int>(type: "int", nullable: false),
                    Section = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Wording = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Charges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Charges_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Charges_Proceedings_ProceedingId",
                        column: x => x.ProceedingId,
                        principalTable: "Proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CourtEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    ProceedingId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpectedMinutes = table.Column<int>(type: "int", nullable: true),
                    Courthouse = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Room = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Virtual = table.Column<bool>(type: "bit", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourtEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourtEvents_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourtEvents_Proceedings_ProceedingId",
                        column: x => x.ProceedingId,
                        principalTable: "Proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublicationBans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    ProceedingId = table.Column<int>(type: "int", nullable: false),
                    Section = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Scope = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Protects = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationBans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicationBans_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PublicationBans_Proceedings_ProceedingId",
                        column: x => x.ProceedingId,
                        principalTable: "Proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Statements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    ProceedingId = table.Column<int>(type: "int", nullable: false),
                    FamilyMemberId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Format = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    StatusOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Statements_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Statements_FamilyMembers_FamilyMemberId",
                        column: x => x.FamilyMemberId,
                        principalTable: "FamilyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Statements_Proceedings_ProceedingId",
                        column: x => x.ProceedingId,
                        principalTable: "Proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Accommodations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    CourtEventId = table.Column<int>(type: "int", nullable: false),
                    FamilyMemberId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StatusOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SupportPersonMemberId = table.Column<int>(type: "int", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accommodations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Accommodations_CourtEvents_CourtEventId",
                        column: x => x.CourtEventId,
                        principalTable: "CourtEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Accommodations_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Accommodations_FamilyMembers_FamilyMemberId",
                        column: x => x.FamilyMemberId,
                        principalTable: "FamilyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Accommodations_FamilyMembers_SupportPersonMemberId",
                        column: x => x.SupportPersonMemberId,
                        principalTable: "FamilyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CourtAttendances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    CourtEventId = table.Column<int>(type: "int", nullable: false),
                    FamilyMemberId = table.Column<int>(type: "int", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    AccompaniedByStaffId = table.Column<int>(type: "int", nullable: true),
                    TransportArranged = table.Column<bool>(type: "bit", nullable: false),
                    ChildcareArranged = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourtAttendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourtAttendances_CourtEvents_CourtEventId",
                        column: x => x.CourtEventId,
                        principalTable: "CourtEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CourtAttendances_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourtAttendances_FamilyMembers_FamilyMemberId",
                        column: x => x.FamilyMemberId,
                        principalTable: "FamilyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourtAttendances_Staff_AccompaniedByStaffId",
                        column: x => x.AccompaniedByStaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Staff_CalendarFeedKeyHash",
                table: "Staff",
                column: "CalendarFeedKeyHash",
                unique: true,
                filter: "CalendarFeedKeyHash IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Accommodations_CourtEventId",
                table: "Accommodations",
                column: "CourtEventId");

            migrationBuilder.CreateIndex(
                name: "IX_Accommodations_FamilyId",
                table: "Accommodations",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_Accommodations_FamilyMemberId",
                table: "Accommodations",
                column: "FamilyMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Accommodations_SupportPersonMemberId",
                table: "Accommodations",
                column: "SupportPersonMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_FamilyId_DueOn",
                table: "Applications",
                columns: new[] { "FamilyId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_FamilyMemberId",
                table: "Applications",
                column: "FamilyMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_FamilyId",
                table: "Charges",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_ProceedingId",
                table: "Charges",
                column: "ProceedingId");

            migrationBuilder.CreateIndex(
                name: "IX_CourtAttendances_AccompaniedByStaffId",
                table: "CourtAttendances",
                column: "AccompaniedByStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_CourtAttendances_CourtEventId_FamilyMemberId",
                table: "CourtAttendances",
                columns: new[] { "CourtEventId", "FamilyMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CourtAttendances_FamilyId",
                table: "CourtAttendances",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_CourtAttendances_FamilyMemberId",
                table: "CourtAttendances",
                column: "FamilyMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_CourtEvents_FamilyId_StartsAtUtc",
                table: "CourtEvents",
                columns: new[] { "FamilyId", "StartsAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CourtEvents_ProceedingId",
                table: "CourtEvents",
                column: "ProceedingId");

            migrationBuilder.CreateIndex(
                name: "IX_CourtEvents_StartsAtUtc_Id",
                table: "CourtEvents",
                columns: new[] { "StartsAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_InformationGiven_FamilyId_GivenOn",
                table: "InformationGiven",
                columns: new[] { "FamilyId", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_InformationGiven_FamilyMemberId",
                table: "InformationGiven",
                column: "FamilyMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_InformationGiven_GivenByStaffId",
                table: "InformationGiven",
                column: "GivenByStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_FamilyId",
                table: "Interviews",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_FamilyMemberId_On",
                table: "Interviews",
                columns: new[] { "FamilyMemberId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_PoliceContacts_FamilyId_OccurredOn",
                table: "PoliceContacts",
                columns: new[] { "FamilyId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PoliceContacts_FamilyMemberId",
                table: "PoliceContacts",
                column: "FamilyMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Proceedings_FamilyId_Status",
                table: "Proceedings",
                columns: new[] { "FamilyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicationBans_FamilyId",
                table: "PublicationBans",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicationBans_ProceedingId",
                table: "PublicationBans",
                column: "ProceedingId");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_FamilyId_ProceedingId",
                table: "Statements",
                columns: new[] { "FamilyId", "ProceedingId" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_FamilyMemberId",
                table: "Statements",
                column: "FamilyMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_ProceedingId",
                table: "Statements",
                column: "ProceedingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Accommodations");

            migrationBuilder.DropTable(
                name: "Applications");

            migrationBuilder.DropTable(
                name: "Charges");

            migrationBuilder.DropTable(
                name: "CourtAttendances");

            migrationBuilder.DropTable(
                name: "InformationGiven");

            migrationBuilder.DropTable(
                name: "Interviews");

            migrationBuilder.DropTable(
                name: "PoliceContacts");

            migrationBuilder.DropTable(
                name: "PublicationBans");

            migrationBuilder.DropTable(
                name: "Statements");

            migrationBuilder.DropTable(
                name: "CourtEvents");

            migrationBuilder.DropTable(
                name: "Proceedings");

            migrationBuilder.DropIndex(
                name: "IX_Staff_CalendarFeedKeyHash",
                table: "Staff");

            migrationBuilder.DropColumn(
                name: "CalendarFeedKeyHash",
                table: "Staff");
        }
    }
}
