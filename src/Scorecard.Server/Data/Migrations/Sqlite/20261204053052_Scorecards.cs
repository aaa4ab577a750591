using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Server.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Scorecards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "scorecard_seed",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    SeededUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scorecard_seed", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scorecards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    QueuesIn = table.Column<string>(type: "TEXT", nullable: false),
                    QueuesOut = table.Column<string>(type: "TEXT", nullable: false),
                    Companies = table.Column<string>(type: "TEXT", nullable: false),
                    TicketTypes = table.Column<string>(type: "TEXT", nullable: false),
                    Sources = table.Column<string>(type: "TEXT", nullable: false),
                    IssueTypes = table.Column<string>(type: "TEXT", nullable: false),
                    TeamResources = table.Column<string>(type: "TEXT", nullable: false),
                    TeamQueues = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scorecards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scorecard_measurables",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScorecardId = table.Column<long>(type: "INTEGER", nullable: false),
                    MetricId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GoalTarget = table.Column<double>(type: "REAL", nullable: true),
                    GoalDirection = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    GoalTolerance = table.Column<double>(type: "REAL", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scorecard_measurables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_scorecard_measurables_scorecards_ScorecardId",
                        column: x => x.ScorecardId,
                        principalTable: "scorecards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_scorecard_measurables_ScorecardId_MetricId",
                table: "scorecard_measurables",
                columns: new[] { "ScorecardId", "MetricId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scorecards_Slug",
                table: "scorecards",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "scorecard_measurables");

            migrationBuilder.DropTable(
                name: "scorecard_seed");

            migrationBuilder.DropTable(
                name: "scorecards");
        }
    }
}
