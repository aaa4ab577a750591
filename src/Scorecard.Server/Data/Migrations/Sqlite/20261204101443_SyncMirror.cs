using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Server.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SyncMirror : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ContractId",
                table: "time_entries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EndDateTime",
                table: "time_entries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "HoursToBill",
                table: "time_entries",
                type: "TEXT",
                precision: 12,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RoleId",
                table: "time_entries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StartDateTime",
                table: "time_entries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TimeEntryType",
                table: "time_entries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstResponseDueDateTime",
                table: "tickets",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BackfillLoaded",
                table: "sync_state",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<double>(
                name: "BackfillSeconds",
                table: "sync_state",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<int>(
                name: "BackfillTotal",
                table: "sync_state",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ConsecutiveFailures",
                table: "sync_state",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "FullLoadStartedUtc",
                table: "sync_state",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HistoryFrom",
                table: "sync_state",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastErrorUtc",
                table: "sync_state",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LastRunCalls",
                table: "sync_state",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "LastRunMilliseconds",
                table: "sync_state",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LastRunStoreMilliseconds",
                table: "sync_state",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextAttemptUtc",
                table: "sync_state",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RecentFrom",
                table: "sync_state",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Segment",
                table: "sync_state",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SegmentFrom",
                table: "sync_state",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SegmentTo",
                table: "sync_state",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DefaultServiceDeskRoleId",
                table: "resources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LocationId",
                table: "resources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "resources",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "City",
                table: "companies",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Classification",
                table: "companies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CreateDate",
                table: "companies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastActivityDate",
                table: "companies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "companies",
                type: "TEXT",
                maxLength: 25,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "billing_codes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    BillingCodeType = table.Column<int>(type: "INTEGER", nullable: true),
                    UseType = table.Column<int>(type: "INTEGER", nullable: true),
                    SyncedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billing_codes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    EmailAddress = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    PrimaryContact = table.Column<bool>(type: "INTEGER", nullable: true),
                    CreateDate = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifiedDate = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SyncedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "contracts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContractName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContractNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ContractType = table.Column<int>(type: "INTEGER", nullable: true),
                    ContractCategory = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ServiceLevelAgreementId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsDefaultContract = table.Column<bool>(type: "INTEGER", nullable: true),
                    EstimatedHours = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    SyncedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "projects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProjectNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: true),
                    ProjectType = table.Column<int>(type: "INTEGER", nullable: true),
                    ProjectLeadResourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    ContractId = table.Column<int>(type: "INTEGER", nullable: true),
                    CompletedPercentage = table.Column<int>(type: "INTEGER", nullable: true),
                    CreateDateTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartDateTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndDateTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedDateTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastActivityDateTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SyncedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    HourlyRate = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    SyncedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sla_results",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    TicketId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceLevelAgreementName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IsFirstResponseMet = table.Column<bool>(type: "INTEGER", nullable: true),
                    IsResolutionPlanMet = table.Column<bool>(type: "INTEGER", nullable: true),
                    IsResolutionMet = table.Column<bool>(type: "INTEGER", nullable: true),
                    FirstResponseElapsedHours = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    ResolutionPlanElapsedHours = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    ResolutionElapsedHours = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    FirstResponseResourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    ResolutionResourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    SyncedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sla_results", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    TaskNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: true),
                    AssignedResourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    AssignedResourceRoleId = table.Column<int>(type: "INTEGER", nullable: true),
                    BillingCodeId = table.Column<int>(type: "INTEGER", nullable: true),
                    EstimatedHours = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    CreateDateTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartDateTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndDateTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedDateTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastActivityDateTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SyncedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ticket_categories",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Nickname = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    SyncedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ticket_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "webhook_events",
                columns: table => new
                {
                    WebhookGuid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<long>(type: "INTEGER", nullable: false),
                    SequenceNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhook_events", x => new { x.WebhookGuid, x.EntityId, x.SequenceNumber });
                });

            migrationBuilder.CreateTable(
                name: "webhook_state",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    WebhookId = table.Column<long>(type: "INTEGER", nullable: true),
                    WebhookGuid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WebhookUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SecretKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RegisteredUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastCheckedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastDeliveryUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Deliveries = table.Column<long>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhook_state", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_time_entries_TaskId",
                table: "time_entries",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_contacts_CompanyId",
                table: "contacts",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_contracts_CompanyId",
                table: "contracts",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_sla_results_TicketId",
                table: "sla_results",
                column: "TicketId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_ProjectId",
                table: "tasks",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_webhook_events_ReceivedUtc",
                table: "webhook_events",
                column: "ReceivedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "billing_codes");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "contracts");

            migrationBuilder.DropTable(
                name: "projects");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "sla_results");

            migrationBuilder.DropTable(
                name: "tasks");

            migrationBuilder.DropTable(
                name: "ticket_categories");

            migrationBuilder.DropTable(
                name: "webhook_events");

            migrationBuilder.DropTable(
                name: "webhook_state");

            migrationBuilder.DropIndex(
                name: "IX_time_entries_TaskId",
                table: "time_entries");

            migrationBuilder.DropColumn(
                name: "ContractId",
                table: "time_entries");

            migrationBuilder.DropColumn(
                name: "EndDateTime",
                table: "time_entries");

            migrationBuilder.DropColumn(
                name: "HoursToBill",
                table: "time_entries");

            migrationBuilder.DropColumn(
                name: "RoleId",
                table: "time_entries");

            migrationBuilder.DropColumn(
                name: "StartDateTime",
                table: "time_entries");

            migrationBuilder.DropColumn(
                name: "TimeEntryType",
                table: "time_entries");

            migrationBuilder.DropColumn(
                name: "FirstResponseDueDateTime",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "BackfillLoaded",
                table: "sync_state");

            migrationBuilder.DropColumn(
                name: "BackfillSeconds",
                table: "sync_state");

            migrationBuilder.DropColumn(
                name: "BackfillTotal",
                table: "sync_state");

            migrationBuilder.DropColumn(
                name: "ConsecutiveFailures",
                table: "sync_state");

            migrationBuilder.DropColumn(
                name: "FullLoadStartedUtc",
                table: "sync_state");

            migrationBuilder.DropColumn(
                name: "HistoryFrom",
                table: "sync_state");

            migrationBuilder.DropColumn(
                name: "LastErrorUtc",
                table: "sync_state");

            migrationBuilder.DropColumn(
                name: "LastRunCalls",
                table: "sync_state");

            migrationBuilder.DropColumn(
                name: "LastRunMilliseconds",
                table: "sync_state");

            migrationBuilder.DropColumn(
                name: "LastRunStoreMilliseconds",
                table: "sync_state");

            migrationBuilder.DropColumn(
                name: "NextAttemptUtc",
                table: "sync_state");

            migrationBuilder.DropColumn(
                name: "RecentFrom",
                table: "sync_state");

            migrationBuilder.DropColumn(
                name: "Segment",
                table: "sync_state");

            migrationBuilder.DropColumn(
                name: "SegmentFrom",
                table: "sync_state");

            migrationBuilder.DropColumn(
                name: "SegmentTo",
                table: "sync_state");

            migrationBuilder.DropColumn(
                name: "DefaultServiceDeskRoleId",
                table: "resources");

            migrationBuilder.DropColumn(
                name: "LocationId",
                table: "resources");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "resources");

            migrationBuilder.DropColumn(
                name: "City",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "Classification",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "CreateDate",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "LastActivityDate",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "State",
                table: "companies");
        }
    }
}
