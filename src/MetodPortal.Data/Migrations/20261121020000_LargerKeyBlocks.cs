using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MetodPortal.Data.Migrations;

/// <summary>Keys come in blocks of 100 instead of 10: bulk imports were spending their time fetching ids.</summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261121020000_LargerKeyBlocks")]
public sealed class LargerKeyBlocks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AlterSequence(PortalDbContext.KeySequence, incrementBy: PortalDbContext.KeyBlockSize);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AlterSequence(PortalDbContext.KeySequence, incrementBy: 10);
}
