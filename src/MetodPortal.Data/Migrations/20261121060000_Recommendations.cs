using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MetodPortal.Data.Migrations;

/// <summary>
/// Targeted recommendations of the monitoring, for an organization or a municipality and one indicator of a campaign.
/// The SQL is what the model generates for this table (MigrationMatchesModelTests holds it to that).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261121060000_Recommendations")]
public sealed class Recommendations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE recommendations (
                id integer NOT NULL,
                region_id integer NOT NULL,
                campaign_id integer NOT NULL,
                indicator integer NOT NULL,
                organization_id integer,
                municipality_id integer,
                value numeric(5,2) NOT NULL,
                threshold numeric(5,2) NOT NULL,
                text character varying(4000) NOT NULL,
                status character varying(20) NOT NULL,
                created_at timestamp with time zone NOT NULL,
                changed_at timestamp with time zone,
                CONSTRAINT "PK_recommendations" PRIMARY KEY (id),
                CONSTRAINT "FK_recommendations_monitoring_campaigns_campaign_id" FOREIGN KEY (campaign_id) REFERENCES monitoring_campaigns (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_recommendations_municipalities_municipality_id" FOREIGN KEY (municipality_id) REFERENCES municipalities (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_recommendations_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_recommendations_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE INDEX "IX_recommendations_campaign_id" ON recommendations (campaign_id);
            CREATE UNIQUE INDEX "IX_recommendations_municipality_id_campaign_id_indicator" ON recommendations (municipality_id, campaign_id, indicator);
            CREATE UNIQUE INDEX "IX_recommendations_organization_id_campaign_id_indicator" ON recommendations (organization_id, campaign_id, indicator);
            CREATE INDEX "IX_recommendations_region_id" ON recommendations (region_id);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE recommendations;");
    }
}
