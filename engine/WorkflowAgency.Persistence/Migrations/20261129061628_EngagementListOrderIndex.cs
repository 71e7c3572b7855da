using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowAgency.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EngagementListOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Engagements_ClientName",
                table: "Engagements");

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_CreatedAt_Id",
                table: "Engagements",
                columns: new[] { "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Engagements_CreatedAt_Id",
                table: "Engagements");

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_ClientName",
                table: "Engagements",
                column: "ClientName");
        }
    }
}
