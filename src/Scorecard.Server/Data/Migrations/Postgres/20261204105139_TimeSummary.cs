using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Scorecard.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TimeSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_time_entries_report",
                table: "time_entries");

            migrationBuilder.CreateTable(
                name: "summary_state",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Format = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_summary_state", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "time_summary",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DateWorked = table.Column<DateOnly>(type: "date", nullable: false),
                    ResourceId = table.Column<int>(type: "integer", nullable: false),
                    OnTicket = table.Column<bool>(type: "boolean", nullable: false),
                    QueueId = table.Column<int>(type: "integer", nullable: true),
                    TicketType = table.Column<int>(type: "integer", nullable: true),
                    Source = table.Column<int>(type: "integer", nullable: true),
                    IssueType = table.Column<int>(type: "integer", nullable: true),
                    IsNonBillable = table.Column<bool>(type: "boolean", nullable: false),
                    ScaledHours = table.Column<long>(type: "bigint", nullable: false),
                    Entries = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_time_summary", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "time_week_summary",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WeekStart = table.Column<DateOnly>(type: "date", nullable: false),
                    ResourceId = table.Column<int>(type: "integer", nullable: false),
                    OnTicket = table.Column<bool>(type: "boolean", nullable: false),
                    QueueId = table.Column<int>(type: "integer", nullable: true),
                    ScaledHours = table.Column<long>(type: "bigint", nullable: false),
                    BillableScaledHours = table.Column<long>(type: "bigint", nullable: false),
                    Entries = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_time_week_summary", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "summary_state",
                columns: new[] { "Id", "Format" },
                values: new object[] { 1, 0 });

            migrationBuilder.CreateIndex(
                name: "IX_time_entries_report",
                table: "time_entries",
                columns: new[] { "DateWorked", "ResourceId", "TicketId", "IsNonBillable", "HoursWorked" });

            migrationBuilder.CreateIndex(
                name: "IX_time_summary_report",
                table: "time_summary",
                columns: new[] { "DateWorked", "ResourceId", "OnTicket", "QueueId", "TicketType", "Source", "IssueType", "IsNonBillable", "ScaledHours", "Entries" });

            migrationBuilder.CreateIndex(
                name: "IX_time_week_summary_report",
                table: "time_week_summary",
                columns: new[] { "WeekStart", "ResourceId", "OnTicket", "QueueId", "ScaledHours", "BillableScaledHours" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "summary_state");

            migrationBuilder.DropTable(
                name: "time_summary");

            migrationBuilder.DropTable(
                name: "time_week_summary");

            migrationBuilder.DropIndex(
                name: "IX_time_entries_report",
                table: "time_entries");

            migrationBuilder.CreateIndex(
                name: "IX_time_entries_report",
                table: "time_entries",
                columns: new[] { "DateWorked", "TicketId", "ResourceId", "IsNonBillable", "HoursWorked" });
        }
    }
}
