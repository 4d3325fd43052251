using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MetodPortal.Data.Migrations;

/// <summary>
/// An organization's employments by index, including those without a personnel number: one school's registry counts
/// (its monitoring form, three times per form at the deadline) read only its people.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261121070000_EmploymentsByOrganization")]
public sealed class EmploymentsByOrganization : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex("IX_employments_organization_id", "employments", "organization_id");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropIndex("IX_employments_organization_id", "employments");
}
