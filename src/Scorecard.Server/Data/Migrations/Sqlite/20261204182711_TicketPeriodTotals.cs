using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Server.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TicketPeriodTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ticket_period_totals",
                columns: table => new
                {
                    Scope = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsAnchor = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CheckedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Opened = table.Column<int>(type: "INTEGER", nullable: false),
                    SameDay = table.Column<int>(type: "INTEGER", nullable: false),
                    StillOpen = table.Column<int>(type: "INTEGER", nullable: false),
                    Young = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstResponses = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstResponseMedian = table.Column<double>(type: "REAL", nullable: true),
                    Closed = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolutionSum = table.Column<double>(type: "REAL", nullable: false),
                    ResolutionMedian = table.Column<double>(type: "REAL", nullable: true),
                    WithSla = table.Column<int>(type: "INTEGER", nullable: false),
                    SlaMet = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedCreatedBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    Backlog = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ticket_period_totals", x => new { x.Scope, x.IsAnchor, x.StartUtc, x.EndUtc });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ticket_period_totals_CheckedUtc",
                table: "ticket_period_totals",
                column: "CheckedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ticket_period_totals");
        }
    }
}
