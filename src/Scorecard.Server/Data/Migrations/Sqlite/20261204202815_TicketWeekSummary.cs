using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Server.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TicketWeekSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TicketWeekCalendar",
                table: "summary_state",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ticket_week_summary",
                columns: table => new
                {
                    WeekStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    QueueId = table.Column<int>(type: "INTEGER", nullable: false),
                    Opened = table.Column<int>(type: "INTEGER", nullable: false),
                    SameDay = table.Column<int>(type: "INTEGER", nullable: false),
                    StillOpen = table.Column<int>(type: "INTEGER", nullable: false),
                    Young = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstResponseMinutes = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Closed = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolutionHoursSum = table.Column<double>(type: "REAL", nullable: false),
                    ResolutionHours = table.Column<byte[]>(type: "BLOB", nullable: false),
                    WithSla = table.Column<int>(type: "INTEGER", nullable: false),
                    SlaMet = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedCreatedBefore = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ticket_week_summary", x => new { x.WeekStart, x.QueueId });
                });

            migrationBuilder.UpdateData(
                table: "summary_state",
                keyColumn: "Id",
                keyValue: 1,
                column: "TicketWeekCalendar",
                value: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ticket_week_summary");

            migrationBuilder.DropColumn(
                name: "TicketWeekCalendar",
                table: "summary_state");
        }
    }
}
