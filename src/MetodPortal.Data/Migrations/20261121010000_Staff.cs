using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MetodPortal.Data.Migrations;

/// <summary>The staff registry: educators (one per person in a region) and their employments.</summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261121010000_Staff")]
public sealed class Staff : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "educators",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false),
                region_id = table.Column<int>(type: "integer", nullable: false),
                last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                middle_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                position = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                is_head = table.Column<bool>(type: "boolean", nullable: false),
                is_deputy = table.Column<bool>(type: "boolean", nullable: false),
                category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                category_date = table.Column<DateOnly>(type: "date", nullable: true),
                profession_start_date = table.Column<DateOnly>(type: "date", nullable: true),
                email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                match_key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_educators", x => x.id);
                table.ForeignKey("FK_educators_regions_region_id", x => x.region_id, "regions", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "employments",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false),
                region_id = table.Column<int>(type: "integer", nullable: false),
                organization_id = table.Column<int>(type: "integer", nullable: false),
                educator_id = table.Column<int>(type: "integer", nullable: false),
                position = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                personnel_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                is_main = table.Column<bool>(type: "boolean", nullable: false),
                start_date = table.Column<DateOnly>(type: "date", nullable: true),
                end_date = table.Column<DateOnly>(type: "date", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_employments", x => x.id);
                table.ForeignKey("FK_employments_educators_educator_id", x => x.educator_id, "educators", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_employments_organizations_organization_id", x => x.organization_id, "organizations", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_employments_regions_region_id", x => x.region_id, "regions", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_educators_region_id_last_name_first_name", "educators", ["region_id", "last_name", "first_name"]);
        migrationBuilder.CreateIndex("IX_educators_region_id_match_key", "educators", ["region_id", "match_key"], unique: true);
        migrationBuilder.CreateIndex("IX_employments_educator_id", "employments", "educator_id");
        migrationBuilder.CreateIndex("IX_employments_organization_id_personnel_number", "employments", ["organization_id", "personnel_number"],
            unique: true, filter: "personnel_number IS NOT NULL");
        migrationBuilder.CreateIndex("IX_employments_region_id", "employments", "region_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("employments");
        migrationBuilder.DropTable("educators");
    }
}
