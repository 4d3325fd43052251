using MetodPortal.Data.Staff;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MetodPortal.Data.Migrations;

/// <summary>
/// Each educator's history of qualification categories; the people already recorded get one period each, their
/// current category from its date. The table's SQL is what the model generates (MigrationMatchesModelTests).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261203010000_CategoryHistory")]
public sealed class CategoryHistoryTable : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE category_assignments (
                id integer NOT NULL,
                region_id integer NOT NULL,
                educator_id integer NOT NULL,
                category character varying(20) NOT NULL,
                assigned_on date,
                ended_on date,
                CONSTRAINT "PK_category_assignments" PRIMARY KEY (id),
                CONSTRAINT "FK_category_assignments_educators_educator_id" FOREIGN KEY (educator_id) REFERENCES educators (id) ON DELETE CASCADE,
                CONSTRAINT "FK_category_assignments_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE INDEX "IX_category_assignments_educator_id" ON category_assignments (educator_id);
            CREATE INDEX "IX_category_assignments_region_id" ON category_assignments (region_id);
            """);
        migrationBuilder.Sql(CategoryHistory.BackfillSql);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE category_assignments;");
    }
}
