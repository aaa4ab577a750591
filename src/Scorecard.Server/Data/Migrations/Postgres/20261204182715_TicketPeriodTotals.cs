using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Server.Data.Migrations.Postgres
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
                    Scope = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsAnchor = table.Column<bool>(type: "boolean", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CheckedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Opened = table.Column<int>(type: "integer", nullable: false),
                    SameDay = table.Column<int>(type: "integer", nullable: false),
                    StillOpen = table.Column<int>(type: "integer", nullable: false),
                    Young = table.Column<int>(type: "integer", nullable: false),
                    FirstResponses = table.Column<int>(type: "integer", nullable: false),
                    FirstResponseMedian = table.Column<double>(type: "double precision", nullable: true),
                    Closed = table.Column<int>(type: "integer", nullable: false),
                    ResolutionSum = table.Column<double>(type: "double precision", nullable: false),
                    ResolutionMedian = table.Column<double>(type: "double precision", nullable: true),
                    WithSla = table.Column<int>(type: "integer", nullable: false),
                    SlaMet = table.Column<int>(type: "integer", nullable: false),
                    ClosedCreatedBefore = table.Column<int>(type: "integer", nullable: false),
                    Backlog = table.Column<int>(type: "integer", nullable: false)
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
