using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetodPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class OffersMentorsSitesAndRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "cohort_id",
                table: "route_items",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "community_id",
                table: "route_items",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "completion_id",
                table: "route_items",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "event_id",
                table: "route_items",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "membership_id",
                table: "route_items",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "pair_id",
                table: "route_items",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "participation_id",
                table: "route_items",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "reported_by_pair",
                table: "route_items",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Items before were never reported by a pair; new rows always say.
            migrationBuilder.Sql("ALTER TABLE route_items ALTER COLUMN reported_by_pair DROP DEFAULT;");

            migrationBuilder.AddColumn<int>(
                name: "site_id",
                table: "route_items",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<List<int>>(
                name: "competence_area_ids",
                table: "professional_programs",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "ARRAY[]::integer[]");

            migrationBuilder.AddColumn<List<int>>(
                name: "competence_area_ids",
                table: "organization_statuses",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "ARRAY[]::integer[]");

            migrationBuilder.AddColumn<List<int>>(
                name: "competence_area_ids",
                table: "methodical_events",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "ARRAY[]::integer[]");

            migrationBuilder.AddColumn<List<int>>(
                name: "competence_area_ids",
                table: "communities",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "ARRAY[]::integer[]");

            migrationBuilder.CreateTable(
                name: "mentors",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    educator_id = table.Column<int>(type: "integer", nullable: false),
                    for_municipality = table.Column<bool>(type: "boolean", nullable: false),
                    competence_area_ids = table.Column<List<int>>(type: "integer[]", nullable: false, defaultValueSql: "ARRAY[]::integer[]"),
                    max_pairs = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentors", x => x.id);
                    table.ForeignKey(
                        name: "fk_mentors_educators_educator_id",
                        column: x => x.educator_id,
                        principalTable: "educators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_mentors_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_mentors_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "program_cohorts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    municipality_id = table.Column<int>(type: "integer", nullable: true),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    is_online = table.Column<bool>(type: "boolean", nullable: false),
                    seats = table.Column<int>(type: "integer", nullable: false),
                    enrolment_deadline = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_program_cohorts", x => x.id);
                    table.ForeignKey(
                        name: "fk_program_cohorts_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_program_cohorts_professional_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "professional_programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_program_cohorts_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "program_requests",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    competence_area_id = table.Column<int>(type: "integer", nullable: false),
                    topic = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    period = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    people = table.Column<int>(type: "integer", nullable: false),
                    filed_by_user_id = table.Column<int>(type: "integer", nullable: false),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    answer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    program_id = table.Column<int>(type: "integer", nullable: true),
                    cohort_id = table.Column<int>(type: "integer", nullable: true),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    answered_by_user_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_program_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_program_requests_competence_areas_competence_area_id",
                        column: x => x.competence_area_id,
                        principalTable: "competence_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_program_requests_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_program_requests_professional_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "professional_programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_program_requests_program_cohorts_cohort_id",
                        column: x => x.cohort_id,
                        principalTable: "program_cohorts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_program_requests_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_program_requests_users_answered_by_user_id",
                        column: x => x.answered_by_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_program_requests_users_filed_by_user_id",
                        column: x => x.filed_by_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_route_items_cohort_id",
                table: "route_items",
                column: "cohort_id");

            migrationBuilder.CreateIndex(
                name: "ix_route_items_community_id",
                table: "route_items",
                column: "community_id");

            migrationBuilder.CreateIndex(
                name: "ix_route_items_completion_id",
                table: "route_items",
                column: "completion_id");

            migrationBuilder.CreateIndex(
                name: "ix_route_items_event_id",
                table: "route_items",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_route_items_membership_id",
                table: "route_items",
                column: "membership_id");

            migrationBuilder.CreateIndex(
                name: "ix_route_items_pair_id",
                table: "route_items",
                column: "pair_id");

            migrationBuilder.CreateIndex(
                name: "ix_route_items_participation_id",
                table: "route_items",
                column: "participation_id");

            migrationBuilder.CreateIndex(
                name: "ix_route_items_site_id",
                table: "route_items",
                column: "site_id");

            migrationBuilder.CreateIndex(
                name: "ix_professional_programs_competence_area_ids",
                table: "professional_programs",
                column: "competence_area_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_organization_statuses_competence_area_ids",
                table: "organization_statuses",
                column: "competence_area_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_methodical_events_competence_area_ids",
                table: "methodical_events",
                column: "competence_area_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_communities_competence_area_ids",
                table: "communities",
                column: "competence_area_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_mentors_competence_area_ids",
                table: "mentors",
                column: "competence_area_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_mentors_educator_id_organization_id",
                table: "mentors",
                columns: new[] { "educator_id", "organization_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_mentors_organization_id",
                table: "mentors",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentors_region_id",
                table: "mentors",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_program_cohorts_municipality_id",
                table: "program_cohorts",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "ix_program_cohorts_program_id_starts_on",
                table: "program_cohorts",
                columns: new[] { "program_id", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_program_cohorts_region_id_starts_on",
                table: "program_cohorts",
                columns: new[] { "region_id", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_program_requests_answered_by_user_id",
                table: "program_requests",
                column: "answered_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_program_requests_cohort_id",
                table: "program_requests",
                column: "cohort_id");

            migrationBuilder.CreateIndex(
                name: "ix_program_requests_competence_area_id",
                table: "program_requests",
                column: "competence_area_id");

            migrationBuilder.CreateIndex(
                name: "ix_program_requests_filed_by_user_id",
                table: "program_requests",
                column: "filed_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_program_requests_organization_id",
                table: "program_requests",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_program_requests_program_id",
                table: "program_requests",
                column: "program_id");

            migrationBuilder.CreateIndex(
                name: "ix_program_requests_region_id_status_competence_area_id",
                table: "program_requests",
                columns: new[] { "region_id", "status", "competence_area_id" });

            migrationBuilder.AddForeignKey(
                name: "fk_route_items_communities_community_id",
                table: "route_items",
                column: "community_id",
                principalTable: "communities",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_route_items_community_memberships_membership_id",
                table: "route_items",
                column: "membership_id",
                principalTable: "community_memberships",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_route_items_event_participations_participation_id",
                table: "route_items",
                column: "participation_id",
                principalTable: "event_participations",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_route_items_mentoring_pairs_pair_id",
                table: "route_items",
                column: "pair_id",
                principalTable: "mentoring_pairs",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_route_items_methodical_events_event_id",
                table: "route_items",
                column: "event_id",
                principalTable: "methodical_events",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_route_items_organization_statuses_site_id",
                table: "route_items",
                column: "site_id",
                principalTable: "organization_statuses",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_route_items_program_cohorts_cohort_id",
                table: "route_items",
                column: "cohort_id",
                principalTable: "program_cohorts",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_route_items_program_completions_completion_id",
                table: "route_items",
                column: "completion_id",
                principalTable: "program_completions",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_route_items_communities_community_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "fk_route_items_community_memberships_membership_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "fk_route_items_event_participations_participation_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "fk_route_items_mentoring_pairs_pair_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "fk_route_items_methodical_events_event_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "fk_route_items_organization_statuses_site_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "fk_route_items_program_cohorts_cohort_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "fk_route_items_program_completions_completion_id",
                table: "route_items");

            migrationBuilder.DropTable(
                name: "mentors");

            migrationBuilder.DropTable(
                name: "program_requests");

            migrationBuilder.DropTable(
                name: "program_cohorts");

            migrationBuilder.DropIndex(
                name: "ix_route_items_cohort_id",
                table: "route_items");

            migrationBuilder.DropIndex(
                name: "ix_route_items_community_id",
                table: "route_items");

            migrationBuilder.DropIndex(
                name: "ix_route_items_completion_id",
                table: "route_items");

            migrationBuilder.DropIndex(
                name: "ix_route_items_event_id",
                table: "route_items");

            migrationBuilder.DropIndex(
                name: "ix_route_items_membership_id",
                table: "route_items");

            migrationBuilder.DropIndex(
                name: "ix_route_items_pair_id",
                table: "route_items");

            migrationBuilder.DropIndex(
                name: "ix_route_items_participation_id",
                table: "route_items");

            migrationBuilder.DropIndex(
                name: "ix_route_items_site_id",
                table: "route_items");

            migrationBuilder.DropIndex(
                name: "ix_professional_programs_competence_area_ids",
                table: "professional_programs");

            migrationBuilder.DropIndex(
                name: "ix_organization_statuses_competence_area_ids",
                table: "organization_statuses");

            migrationBuilder.DropIndex(
                name: "ix_methodical_events_competence_area_ids",
                table: "methodical_events");

            migrationBuilder.DropIndex(
                name: "ix_communities_competence_area_ids",
                table: "communities");

            migrationBuilder.DropColumn(
                name: "cohort_id",
                table: "route_items");

            migrationBuilder.DropColumn(
                name: "community_id",
                table: "route_items");

            migrationBuilder.DropColumn(
                name: "completion_id",
                table: "route_items");

            migrationBuilder.DropColumn(
                name: "event_id",
                table: "route_items");

            migrationBuilder.DropColumn(
                name: "membership_id",
                table: "route_items");

            migrationBuilder.DropColumn(
                name: "pair_id",
                table: "route_items");

            migrationBuilder.DropColumn(
                name: "participation_id",
                table: "route_items");

            migrationBuilder.DropColumn(
                name: "reported_by_pair",
                table: "route_items");

            migrationBuilder.DropColumn(
                name: "site_id",
                table: "route_items");

            migrationBuilder.DropColumn(
                name: "competence_area_ids",
                table: "professional_programs");

            migrationBuilder.DropColumn(
                name: "competence_area_ids",
                table: "organization_statuses");

            migrationBuilder.DropColumn(
                name: "competence_area_ids",
                table: "methodical_events");

            migrationBuilder.DropColumn(
                name: "competence_area_ids",
                table: "communities");
        }
    }
}
