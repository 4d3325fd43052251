using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetodPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class Reminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "key",
                table: "notifications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_key",
                table: "notifications",
                columns: new[] { "user_id", "key" },
                unique: true,
                filter: "key IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_notifications_user_id_key",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "key",
                table: "notifications");
        }
    }
}
