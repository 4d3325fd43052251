using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetodPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgressNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "progress_notes",
                columns: table => new
                {
                    user_id = table.Column<int>(type: "integer", nullable: false),
                    ticket = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    stage = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<int>(type: "integer", nullable: false),
                    errors = table.Column<int>(type: "integer", nullable: false),
                    unit = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    finished = table.Column<bool>(type: "boolean", nullable: false),
                    written = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_progress_notes", x => new { x.user_id, x.ticket });
                });

            migrationBuilder.CreateIndex(
                name: "ix_progress_notes_written",
                table: "progress_notes",
                column: "written");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "progress_notes");
        }
    }
}
