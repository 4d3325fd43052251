using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MetodPortal.Data.Migrations;

/// <summary>
/// Diagnostics and individual routes: the competence catalogue, the registry of diagnostic materials, diagnostics with
/// their scores and deficits, routes, their items and evidence files; and the link of a teacher's account to their educator.
/// The SQL is what the model generates for these tables (MigrationMatchesModelTests holds it to that).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261121030000_DiagnosticsAndRoutes")]
public sealed class DiagnosticsAndRoutes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE competence_areas (
                id integer NOT NULL,
                region_id integer NOT NULL,
                name character varying(200) NOT NULL,
                description character varying(1000),
                sort_order integer NOT NULL,
                is_active boolean NOT NULL,
                CONSTRAINT "PK_competence_areas" PRIMARY KEY (id),
                CONSTRAINT "FK_competence_areas_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE TABLE diagnostic_instruments (
                id integer NOT NULL,
                region_id integer NOT NULL,
                title character varying(300) NOT NULL,
                provider character varying(300) NOT NULL,
                kind character varying(20) NOT NULL,
                usage character varying(20) NOT NULL,
                description character varying(2000),
                is_active boolean NOT NULL,
                CONSTRAINT "PK_diagnostic_instruments" PRIMARY KEY (id),
                CONSTRAINT "FK_diagnostic_instruments_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE TABLE instrument_areas (
                id integer NOT NULL,
                region_id integer NOT NULL,
                instrument_id integer NOT NULL,
                competence_area_id integer NOT NULL,
                max_score numeric(7,2) NOT NULL,
                threshold numeric(7,2) NOT NULL,
                sort_order integer NOT NULL,
                CONSTRAINT "PK_instrument_areas" PRIMARY KEY (id),
                CONSTRAINT "FK_instrument_areas_competence_areas_competence_area_id" FOREIGN KEY (competence_area_id) REFERENCES competence_areas (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_instrument_areas_diagnostic_instruments_instrument_id" FOREIGN KEY (instrument_id) REFERENCES diagnostic_instruments (id) ON DELETE CASCADE,
                CONSTRAINT "FK_instrument_areas_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE TABLE diagnostics (
                id integer NOT NULL,
                region_id integer NOT NULL,
                organization_id integer NOT NULL,
                educator_id integer NOT NULL,
                instrument_id integer NOT NULL,
                date date NOT NULL,
                conducted_by character varying(200) NOT NULL,
                note character varying(2000),
                created_at timestamp with time zone NOT NULL,
                CONSTRAINT "PK_diagnostics" PRIMARY KEY (id),
                CONSTRAINT "FK_diagnostics_diagnostic_instruments_instrument_id" FOREIGN KEY (instrument_id) REFERENCES diagnostic_instruments (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_diagnostics_educators_educator_id" FOREIGN KEY (educator_id) REFERENCES educators (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_diagnostics_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_diagnostics_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE TABLE diagnostic_deficits (
                id integer NOT NULL,
                region_id integer NOT NULL,
                organization_id integer NOT NULL,
                educator_id integer NOT NULL,
                diagnostic_id integer NOT NULL,
                competence_area_id integer NOT NULL,
                is_manual boolean NOT NULL,
                note character varying(1000),
                CONSTRAINT "PK_diagnostic_deficits" PRIMARY KEY (id),
                CONSTRAINT "FK_diagnostic_deficits_competence_areas_competence_area_id" FOREIGN KEY (competence_area_id) REFERENCES competence_areas (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_diagnostic_deficits_diagnostics_diagnostic_id" FOREIGN KEY (diagnostic_id) REFERENCES diagnostics (id) ON DELETE CASCADE,
                CONSTRAINT "FK_diagnostic_deficits_educators_educator_id" FOREIGN KEY (educator_id) REFERENCES educators (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_diagnostic_deficits_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_diagnostic_deficits_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE TABLE diagnostic_scores (
                id integer NOT NULL,
                region_id integer NOT NULL,
                organization_id integer NOT NULL,
                educator_id integer NOT NULL,
                diagnostic_id integer NOT NULL,
                competence_area_id integer NOT NULL,
                score numeric(7,2) NOT NULL,
                CONSTRAINT "PK_diagnostic_scores" PRIMARY KEY (id),
                CONSTRAINT "FK_diagnostic_scores_competence_areas_competence_area_id" FOREIGN KEY (competence_area_id) REFERENCES competence_areas (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_diagnostic_scores_diagnostics_diagnostic_id" FOREIGN KEY (diagnostic_id) REFERENCES diagnostics (id) ON DELETE CASCADE,
                CONSTRAINT "FK_diagnostic_scores_educators_educator_id" FOREIGN KEY (educator_id) REFERENCES educators (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_diagnostic_scores_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_diagnostic_scores_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE TABLE routes (
                id integer NOT NULL,
                region_id integer NOT NULL,
                organization_id integer NOT NULL,
                educator_id integer NOT NULL,
                diagnostic_id integer,
                tutor_user_id integer,
                period_from date NOT NULL,
                period_to date NOT NULL,
                status character varying(20) NOT NULL,
                note character varying(2000),
                approved_on date,
                approved_by_user_id integer,
                completed_on date,
                cancelled_on date,
                cancel_reason character varying(1000),
                created_at timestamp with time zone NOT NULL,
                CONSTRAINT "PK_routes" PRIMARY KEY (id),
                CONSTRAINT "FK_routes_diagnostics_diagnostic_id" FOREIGN KEY (diagnostic_id) REFERENCES diagnostics (id) ON DELETE SET NULL,
                CONSTRAINT "FK_routes_educators_educator_id" FOREIGN KEY (educator_id) REFERENCES educators (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_routes_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_routes_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_routes_users_approved_by_user_id" FOREIGN KEY (approved_by_user_id) REFERENCES users (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_routes_users_tutor_user_id" FOREIGN KEY (tutor_user_id) REFERENCES users (id) ON DELETE RESTRICT
            );
            CREATE TABLE route_items (
                id integer NOT NULL,
                region_id integer NOT NULL,
                organization_id integer NOT NULL,
                educator_id integer NOT NULL,
                route_id integer NOT NULL,
                competence_area_id integer,
                goal character varying(1000) NOT NULL,
                form character varying(20) NOT NULL,
                deadline date NOT NULL,
                expected_result character varying(1000),
                status character varying(20) NOT NULL,
                evidence_note character varying(2000),
                reported_on date,
                confirmed_on date,
                confirmed_by_user_id integer,
                tutor_comment character varying(1000),
                sort_order integer NOT NULL,
                CONSTRAINT "PK_route_items" PRIMARY KEY (id),
                CONSTRAINT "FK_route_items_competence_areas_competence_area_id" FOREIGN KEY (competence_area_id) REFERENCES competence_areas (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_route_items_educators_educator_id" FOREIGN KEY (educator_id) REFERENCES educators (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_route_items_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_route_items_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_route_items_routes_route_id" FOREIGN KEY (route_id) REFERENCES routes (id) ON DELETE CASCADE,
                CONSTRAINT "FK_route_items_users_confirmed_by_user_id" FOREIGN KEY (confirmed_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
            );
            CREATE TABLE route_evidence (
                id integer NOT NULL,
                region_id integer NOT NULL,
                organization_id integer NOT NULL,
                educator_id integer NOT NULL,
                route_item_id integer NOT NULL,
                file_name character varying(255) NOT NULL,
                content_type character varying(100) NOT NULL,
                size bigint NOT NULL,
                content bytea NOT NULL,
                uploaded_at timestamp with time zone NOT NULL,
                uploaded_by_user_id integer,
                CONSTRAINT "PK_route_evidence" PRIMARY KEY (id),
                CONSTRAINT "FK_route_evidence_educators_educator_id" FOREIGN KEY (educator_id) REFERENCES educators (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_route_evidence_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_route_evidence_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_route_evidence_route_items_route_item_id" FOREIGN KEY (route_item_id) REFERENCES route_items (id) ON DELETE CASCADE,
                CONSTRAINT "FK_route_evidence_users_uploaded_by_user_id" FOREIGN KEY (uploaded_by_user_id) REFERENCES users (id) ON DELETE RESTRICT
            );
            CREATE UNIQUE INDEX "IX_competence_areas_region_id_name" ON competence_areas (region_id, name);
            CREATE INDEX "IX_diagnostic_deficits_competence_area_id" ON diagnostic_deficits (competence_area_id);
            CREATE UNIQUE INDEX "IX_diagnostic_deficits_diagnostic_id_competence_area_id" ON diagnostic_deficits (diagnostic_id, competence_area_id);
            CREATE INDEX "IX_diagnostic_deficits_educator_id" ON diagnostic_deficits (educator_id);
            CREATE INDEX "IX_diagnostic_deficits_organization_id" ON diagnostic_deficits (organization_id);
            CREATE INDEX "IX_diagnostic_deficits_region_id" ON diagnostic_deficits (region_id);
            CREATE UNIQUE INDEX "IX_diagnostic_instruments_region_id_title" ON diagnostic_instruments (region_id, title);
            CREATE INDEX "IX_diagnostic_scores_competence_area_id" ON diagnostic_scores (competence_area_id);
            CREATE UNIQUE INDEX "IX_diagnostic_scores_diagnostic_id_competence_area_id" ON diagnostic_scores (diagnostic_id, competence_area_id);
            CREATE INDEX "IX_diagnostic_scores_educator_id" ON diagnostic_scores (educator_id);
            CREATE INDEX "IX_diagnostic_scores_organization_id" ON diagnostic_scores (organization_id);
            CREATE INDEX "IX_diagnostic_scores_region_id" ON diagnostic_scores (region_id);
            CREATE INDEX "IX_diagnostics_educator_id_date" ON diagnostics (educator_id, date);
            CREATE INDEX "IX_diagnostics_instrument_id" ON diagnostics (instrument_id);
            CREATE INDEX "IX_diagnostics_organization_id_date" ON diagnostics (organization_id, date);
            CREATE INDEX "IX_diagnostics_region_id" ON diagnostics (region_id);
            CREATE INDEX "IX_instrument_areas_competence_area_id" ON instrument_areas (competence_area_id);
            CREATE UNIQUE INDEX "IX_instrument_areas_instrument_id_competence_area_id" ON instrument_areas (instrument_id, competence_area_id);
            CREATE INDEX "IX_instrument_areas_region_id" ON instrument_areas (region_id);
            CREATE INDEX "IX_route_evidence_educator_id" ON route_evidence (educator_id);
            CREATE INDEX "IX_route_evidence_organization_id" ON route_evidence (organization_id);
            CREATE INDEX "IX_route_evidence_region_id" ON route_evidence (region_id);
            CREATE INDEX "IX_route_evidence_route_item_id" ON route_evidence (route_item_id);
            CREATE INDEX "IX_route_evidence_uploaded_by_user_id" ON route_evidence (uploaded_by_user_id);
            CREATE INDEX "IX_route_items_competence_area_id" ON route_items (competence_area_id);
            CREATE INDEX "IX_route_items_confirmed_by_user_id" ON route_items (confirmed_by_user_id);
            CREATE INDEX "IX_route_items_educator_id_status_deadline" ON route_items (educator_id, status, deadline);
            CREATE INDEX "IX_route_items_organization_id" ON route_items (organization_id);
            CREATE INDEX "IX_route_items_region_id" ON route_items (region_id);
            CREATE INDEX "IX_route_items_route_id" ON route_items (route_id);
            CREATE INDEX "IX_routes_approved_by_user_id" ON routes (approved_by_user_id);
            CREATE INDEX "IX_routes_diagnostic_id" ON routes (diagnostic_id);
            CREATE INDEX "IX_routes_educator_id" ON routes (educator_id);
            CREATE INDEX "IX_routes_organization_id_status" ON routes (organization_id, status);
            CREATE INDEX "IX_routes_region_id" ON routes (region_id);
            CREATE INDEX "IX_routes_tutor_user_id" ON routes (tutor_user_id);
""");

        migrationBuilder.AddColumn<int>("educator_id", "users", "integer", nullable: true);
        migrationBuilder.CreateIndex("IX_users_educator_id", "users", "educator_id");
        migrationBuilder.AddForeignKey("FK_users_educators_educator_id", "users", "educator_id", "educators", principalColumn: "id", onDelete: ReferentialAction.SetNull);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropForeignKey("FK_users_educators_educator_id", "users");
        migrationBuilder.DropIndex("IX_users_educator_id", "users");
        migrationBuilder.DropColumn("educator_id", "users");
        migrationBuilder.Sql("DROP TABLE route_evidence, route_items, routes, diagnostic_scores, diagnostic_deficits, diagnostics, instrument_areas, diagnostic_instruments, competence_areas;");
    }
}
