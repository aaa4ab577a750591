using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Scorecard.Server.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    SeededUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scorecard_seed", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scorecards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    QueuesIn = table.Column<List<int>>(type: "integer[]", nullable: false),
                    QueuesOut = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Companies = table.Column<List<int>>(type: "integer[]", nullable: false),
                    TicketTypes = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Sources = table.Column<List<int>>(type: "integer[]", nullable: false),
                    IssueTypes = table.Column<List<int>>(type: "integer[]", nullable: false),
                    TeamResources = table.Column<List<int>>(type: "integer[]", nullable: false),
                    TeamQueues = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scorecards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scorecard_measurables",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ScorecardId = table.Column<long>(type: "bigint", nullable: false),
                    MetricId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GoalTarget = table.Column<double>(type: "double precision", nullable: true),
                    GoalDirection = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    GoalTolerance = table.Column<double>(type: "double precision", nullable: false),
                    Owner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false)
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
