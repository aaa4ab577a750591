using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Server.Data.Migrations.Postgres
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
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ticket_week_summary",
                columns: table => new
                {
                    WeekStart = table.Column<DateOnly>(type: "date", nullable: false),
                    QueueId = table.Column<int>(type: "integer", nullable: false),
                    Opened = table.Column<int>(type: "integer", nullable: false),
                    SameDay = table.Column<int>(type: "integer", nullable: false),
                    StillOpen = table.Column<int>(type: "integer", nullable: false),
                    Young = table.Column<int>(type: "integer", nullable: false),
                    FirstResponseMinutes = table.Column<byte[]>(type: "bytea", nullable: false),
                    Closed = table.Column<int>(type: "integer", nullable: false),
                    ResolutionHoursSum = table.Column<double>(type: "double precision", nullable: false),
                    ResolutionHours = table.Column<byte[]>(type: "bytea", nullable: false),
                    WithSla = table.Column<int>(type: "integer", nullable: false),
                    SlaMet = table.Column<int>(type: "integer", nullable: false),
                    ClosedCreatedBefore = table.Column<int>(type: "integer", nullable: false)
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
