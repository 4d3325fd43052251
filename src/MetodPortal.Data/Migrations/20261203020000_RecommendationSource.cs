using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MetodPortal.Data.Migrations;

/// <summary>
/// A recommendation remembers which figures gave it (accepted forms or the registry), and a target may hold one per
/// indicator from each. Those given before were generated from the accepted forms on the pages' default.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261203020000_RecommendationSource")]
public sealed class RecommendationSource : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE recommendations ADD COLUMN source character varying(20) NOT NULL DEFAULT 'Declared';
            ALTER TABLE recommendations ALTER COLUMN source DROP DEFAULT;
            DROP INDEX "IX_recommendations_municipality_id_campaign_id_indicator";
            DROP INDEX "IX_recommendations_organization_id_campaign_id_indicator";
            CREATE UNIQUE INDEX "IX_recommendations_municipality_id_campaign_id_indicator_source" ON recommendations (municipality_id, campaign_id, indicator, source);
            CREATE UNIQUE INDEX "IX_recommendations_organization_id_campaign_id_indicator_source" ON recommendations (organization_id, campaign_id, indicator, source);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DELETE FROM recommendations WHERE source <> 'Declared';
            DROP INDEX "IX_recommendations_municipality_id_campaign_id_indicator_source";
            DROP INDEX "IX_recommendations_organization_id_campaign_id_indicator_source";
            ALTER TABLE recommendations DROP COLUMN source;
            CREATE UNIQUE INDEX "IX_recommendations_municipality_id_campaign_id_indicator" ON recommendations (municipality_id, campaign_id, indicator);
            CREATE UNIQUE INDEX "IX_recommendations_organization_id_campaign_id_indicator" ON recommendations (organization_id, campaign_id, indicator);
            """);
    }
}
