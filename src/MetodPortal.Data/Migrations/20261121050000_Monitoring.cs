using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MetodPortal.Data.Migrations;

/// <summary>
/// The annual monitoring: campaigns, the organizations' forms with their declared counts, and each form's history.
/// The SQL is what the model generates for these tables (MigrationMatchesModelTests holds it to that).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261121050000_Monitoring")]
public sealed class MonitoringCampaigns : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE monitoring_campaigns (
                id integer NOT NULL,
                region_id integer NOT NULL,
                year integer NOT NULL,
                reporting_date date NOT NULL,
                deadline timestamp with time zone NOT NULL,
                status character varying(20) NOT NULL,
                thresholds numeric(5,2)[] NOT NULL,
                opened_at timestamp with time zone,
                closed_at timestamp with time zone,
                CONSTRAINT "PK_monitoring_campaigns" PRIMARY KEY (id),
                CONSTRAINT "FK_monitoring_campaigns_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE TABLE monitoring_forms (
                id integer NOT NULL,
                region_id integer NOT NULL,
                organization_id integer NOT NULL,
                campaign_id integer NOT NULL,
                status character varying(20) NOT NULL,
                discrepancy_comment character varying(2000),
                submitted_at timestamp with time zone,
                is_late boolean NOT NULL,
                review_comment character varying(2000),
                declared_diagnosed integer NOT NULL,
                declared_educators integer NOT NULL,
                declared_heads integer NOT NULL,
                declared_heads_highest integer NOT NULL,
                declared_heads_improved integer NOT NULL,
                declared_in_communities integer NOT NULL,
                declared_in_mentoring integer NOT NULL,
                declared_newcomers integer NOT NULL,
                declared_newcomers_supported integer NOT NULL,
                declared_organizations integer NOT NULL,
                declared_with_mentoring_program integer NOT NULL,
                declared_with_route integer NOT NULL,
                declared_young integer NOT NULL,
                declared_young_in_projects integer NOT NULL,
                CONSTRAINT "PK_monitoring_forms" PRIMARY KEY (id),
                CONSTRAINT "FK_monitoring_forms_monitoring_campaigns_campaign_id" FOREIGN KEY (campaign_id) REFERENCES monitoring_campaigns (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_monitoring_forms_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_monitoring_forms_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE TABLE monitoring_form_events (
                id integer NOT NULL,
                region_id integer NOT NULL,
                organization_id integer NOT NULL,
                form_id integer NOT NULL,
                at timestamp with time zone NOT NULL,
                user_id integer,
                user_name character varying(200) NOT NULL,
                status character varying(20) NOT NULL,
                action character varying(100) NOT NULL,
                comment character varying(2000),
                CONSTRAINT "PK_monitoring_form_events" PRIMARY KEY (id),
                CONSTRAINT "FK_monitoring_form_events_monitoring_forms_form_id" FOREIGN KEY (form_id) REFERENCES monitoring_forms (id) ON DELETE CASCADE,
                CONSTRAINT "FK_monitoring_form_events_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_monitoring_form_events_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_monitoring_form_events_users_user_id" FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
            );
            CREATE UNIQUE INDEX "IX_monitoring_campaigns_region_id_year" ON monitoring_campaigns (region_id, year);
            CREATE INDEX "IX_monitoring_form_events_form_id" ON monitoring_form_events (form_id);
            CREATE INDEX "IX_monitoring_form_events_organization_id" ON monitoring_form_events (organization_id);
            CREATE INDEX "IX_monitoring_form_events_region_id" ON monitoring_form_events (region_id);
            CREATE INDEX "IX_monitoring_form_events_user_id" ON monitoring_form_events (user_id);
            CREATE UNIQUE INDEX "IX_monitoring_forms_campaign_id_organization_id" ON monitoring_forms (campaign_id, organization_id);
            CREATE INDEX "IX_monitoring_forms_organization_id" ON monitoring_forms (organization_id);
            CREATE INDEX "IX_monitoring_forms_region_id" ON monitoring_forms (region_id);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE monitoring_form_events, monitoring_forms, monitoring_campaigns;");
    }
}
