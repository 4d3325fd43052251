using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetodPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class RussianCollation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "full_name",
                table: "users",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                collation: "ru-RU-x-icu",
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "short_name",
                table: "organizations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                collation: "ru-RU-x-icu",
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "name",
                table: "organizations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                collation: "ru-RU-x-icu",
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500);

            migrationBuilder.AlterColumn<string>(
                name: "name",
                table: "municipalities",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                collation: "ru-RU-x-icu",
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300);

            migrationBuilder.AlterColumn<string>(
                name: "middle_name",
                table: "educators",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                collation: "ru-RU-x-icu",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "last_name",
                table: "educators",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                collation: "ru-RU-x-icu",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<string>(
                name: "first_name",
                table: "educators",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                collation: "ru-RU-x-icu",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "full_name",
                table: "users",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldCollation: "ru-RU-x-icu");

            migrationBuilder.AlterColumn<string>(
                name: "short_name",
                table: "organizations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldCollation: "ru-RU-x-icu");

            migrationBuilder.AlterColumn<string>(
                name: "name",
                table: "organizations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500,
                oldCollation: "ru-RU-x-icu");

            migrationBuilder.AlterColumn<string>(
                name: "name",
                table: "municipalities",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300,
                oldCollation: "ru-RU-x-icu");

            migrationBuilder.AlterColumn<string>(
                name: "middle_name",
                table: "educators",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true,
                oldCollation: "ru-RU-x-icu");

            migrationBuilder.AlterColumn<string>(
                name: "last_name",
                table: "educators",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldCollation: "ru-RU-x-icu");

            migrationBuilder.AlterColumn<string>(
                name: "first_name",
                table: "educators",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldCollation: "ru-RU-x-icu");
        }
    }
}
