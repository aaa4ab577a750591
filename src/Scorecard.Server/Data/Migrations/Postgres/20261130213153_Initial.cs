using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Server.Data.Migrations.Postgres
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
                    Entity = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Field = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_picklists", x => new { x.Entity, x.Field, x.Value });
                });

            migrationBuilder.CreateTable(
                name: "sync_state",
                columns: table => new
                {
                    Entity = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Watermark = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResumeAfterId = table.Column<long>(type: "bigint", nullable: true),
                    PendingWatermark = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastRunStartedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastRunCompletedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastRunRecords = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sync_state", x => x.Entity);
                });

            migrationBuilder.CreateTable(
                name: "tickets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    TicketNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Title = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    QueueId = table.Column<int>(type: "integer", nullable: true),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    AssignedResourceId = table.Column<int>(type: "integer", nullable: true),
                    TicketType = table.Column<int>(type: "integer", nullable: true),
                    Source = table.Column<int>(type: "integer", nullable: true),
                    ServiceLevelAgreementId = table.Column<int>(type: "integer", nullable: true),
                    ServiceLevelAgreementHasBeenMet = table.Column<bool>(type: "boolean", nullable: true),
                    CreateDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FirstResponseDateTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompletedDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastActivityDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastTrackedModificationDateTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SyncedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tickets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "time_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    ResourceId = table.Column<int>(type: "integer", nullable: false),
                    TicketId = table.Column<int>(type: "integer", nullable: true),
                    TaskId = table.Column<int>(type: "integer", nullable: true),
                    DateWorked = table.Column<DateOnly>(type: "date", nullable: false),
                    HoursWorked = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: false),
                    IsNonBillable = table.Column<bool>(type: "boolean", nullable: false),
                    BillingCodeId = table.Column<int>(type: "integer", nullable: true),
                    CreateDateTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifiedDateTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SyncedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
