using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowAgency.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PartialIndexesOverOpenRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_DueAt",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Status_AssigneeGroup",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Status_AssigneeUser",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Status_ClaimedBy",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Engagements_NextDueAt",
                table: "Engagements");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Open_AssigneeGroup",
                table: "Tasks",
                column: "AssigneeGroup",
                filter: "\"Status\" = 'Open' AND \"AssigneeGroup\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Open_AssigneeUser",
                table: "Tasks",
                column: "AssigneeUser",
                filter: "\"Status\" = 'Open' AND \"AssigneeUser\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Open_ClaimedBy",
                table: "Tasks",
                column: "ClaimedBy",
                filter: "\"Status\" = 'Open' AND \"ClaimedBy\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Open_DueAt",
                table: "Tasks",
                column: "DueAt",
                filter: "\"Status\" = 'Open' AND \"DueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_NextDueAt",
                table: "Engagements",
                column: "NextDueAt",
                filter: "\"NextDueAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_Open_AssigneeGroup",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Open_AssigneeUser",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Open_ClaimedBy",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Open_DueAt",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Engagements_NextDueAt",
                table: "Engagements");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_DueAt",
                table: "Tasks",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Status_AssigneeGroup",
                table: "Tasks",
                columns: new[] { "Status", "AssigneeGroup" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Status_AssigneeUser",
                table: "Tasks",
                columns: new[] { "Status", "AssigneeUser" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Status_ClaimedBy",
                table: "Tasks",
                columns: new[] { "Status", "ClaimedBy" });

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_NextDueAt",
                table: "Engagements",
                column: "NextDueAt");
        }
    }
}
