using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Server.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "picklists",
                columns: table => new
                {
                    Entity = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_picklists", x => new { x.Entity, x.Field, x.Value });
                });

            migrationBuilder.CreateTable(
                name: "sync_state",
                columns: table => new
                {
                    Entity = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Watermark = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResumeAfterId = table.Column<long>(type: "INTEGER", nullable: true),
                    PendingWatermark = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastRunStartedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastRunCompletedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastRunRecords = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sync_state", x => x.Entity);
                });

            migrationBuilder.CreateTable(
                name: "tickets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    TicketNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    QueueId = table.Column<int>(type: "INTEGER", nullable: true),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedResourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    TicketType = table.Column<int>(type: "INTEGER", nullable: true),
                    Source = table.Column<int>(type: "INTEGER", nullable: true),
                    ServiceLevelAgreementId = table.Column<int>(type: "INTEGER", nullable: true),
                    ServiceLevelAgreementHasBeenMet = table.Column<bool>(type: "INTEGER", nullable: true),
                    CreateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstResponseDateTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedDate = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastActivityDate = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastTrackedModificationDateTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SyncedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tickets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "time_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    ResourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    TicketId = table.Column<int>(type: "INTEGER", nullable: true),
                    TaskId = table.Column<int>(type: "INTEGER", nullable: true),
                    DateWorked = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HoursWorked = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    IsNonBillable = table.Column<bool>(type: "INTEGER", nullable: false),
                    BillingCodeId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreateDateTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedDateTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SyncedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_time_entries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tickets_CompletedDate",
                table: "tickets",
                column: "CompletedDate");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_CreateDate",
                table: "tickets",
                column: "CreateDate");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_QueueId",
                table: "tickets",
                column: "QueueId");

            migrationBuilder.CreateIndex(
                name: "IX_time_entries_DateWorked",
                table: "time_entries",
                column: "DateWorked");

            migrationBuilder.CreateIndex(
                name: "IX_time_entries_TicketId",
                table: "time_entries",
                column: "TicketId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "picklists");

            migrationBuilder.DropTable(
                name: "sync_state");

            migrationBuilder.DropTable(
                name: "tickets");

            migrationBuilder.DropTable(
                name: "time_entries");
        }
    }
}
