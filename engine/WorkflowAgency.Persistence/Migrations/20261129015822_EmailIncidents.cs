using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowAgency.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EmailIncidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OutboxMessageId",
                table: "Incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_OutboxMessageId",
                table: "Incidents",
                column: "OutboxMessageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_OutboxMessageId",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "OutboxMessageId",
                table: "Incidents");
        }
    }
}
