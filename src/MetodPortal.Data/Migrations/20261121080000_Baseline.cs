using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetodPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "entity_ids",
                incrementBy: 100);

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<int>(type: "integer", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    region_id = table.Column<int>(type: "integer", nullable: true),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    changes = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "competence_areas",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_competence_areas", x => x.id);
                    table.ForeignKey(
                        name: "FK_competence_areas_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "diagnostic_instruments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    provider = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    usage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_diagnostic_instruments", x => x.id);
                    table.ForeignKey(
                        name: "FK_diagnostic_instruments_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "educators",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
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
                    match_key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_educators", x => x.id);
                    table.ForeignKey(
                        name: "FK_educators_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_campaigns",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    reporting_date = table.Column<DateOnly>(type: "date", nullable: false),
                    deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    thresholds = table.Column<decimal[]>(type: "numeric(5,2)[]", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_campaigns", x => x.id);
                    table.ForeignKey(
                        name: "FK_monitoring_campaigns_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "municipalities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    administrative_centre = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_municipalities", x => x.id);
                    table.ForeignKey(
                        name: "FK_municipalities_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "professional_programs",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    provider = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    hours = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    expertise_protocol_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    expertise_protocol_date = table.Column<DateOnly>(type: "date", nullable: true),
                    in_federal_registry = table.Column<bool>(type: "boolean", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_professional_programs", x => x.id);
                    table.ForeignKey(
                        name: "FK_professional_programs_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    role_id = table.Column<int>(type: "integer", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "FK_role_claims_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "instrument_areas",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    instrument_id = table.Column<int>(type: "integer", nullable: false),
                    competence_area_id = table.Column<int>(type: "integer", nullable: false),
                    max_score = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    threshold = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instrument_areas", x => x.id);
                    table.ForeignKey(
                        name: "FK_instrument_areas_competence_areas_competence_area_id",
                        column: x => x.competence_area_id,
                        principalTable: "competence_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_instrument_areas_diagnostic_instruments_instrument_id",
                        column: x => x.instrument_id,
                        principalTable: "diagnostic_instruments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_instrument_areas_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organizations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    municipality_id = table.Column<int>(type: "integer", nullable: true),
                    parent_id = table.Column<int>(type: "integer", nullable: true),
                    path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    short_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    inn = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    counts_in_indicators = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organizations", x => x.id);
                    table.ForeignKey(
                        name: "FK_organizations_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organizations_organizations_parent_id",
                        column: x => x.parent_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organizations_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "communities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    municipality_id = table.Column<int>(type: "integer", nullable: true),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    subject_area = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    active_from = table.Column<DateOnly>(type: "date", nullable: false),
                    active_to = table.Column<DateOnly>(type: "date", nullable: true),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communities", x => x.id);
                    table.ForeignKey(
                        name: "FK_communities_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_communities_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_communities_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "diagnostics",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    educator_id = table.Column<int>(type: "integer", nullable: false),
                    instrument_id = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    conducted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_diagnostics", x => x.id);
                    table.ForeignKey(
                        name: "FK_diagnostics_diagnostic_instruments_instrument_id",
                        column: x => x.instrument_id,
                        principalTable: "diagnostic_instruments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_diagnostics_educators_educator_id",
                        column: x => x.educator_id,
                        principalTable: "educators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_diagnostics_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_diagnostics_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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
                    end_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employments", x => x.id);
                    table.ForeignKey(
                        name: "FK_employments_educators_educator_id",
                        column: x => x.educator_id,
                        principalTable: "educators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_employments_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_employments_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mentoring_programs",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    order_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    order_date = table.Column<DateOnly>(type: "date", nullable: true),
                    period_from = table.Column<DateOnly>(type: "date", nullable: false),
                    period_to = table.Column<DateOnly>(type: "date", nullable: false),
                    curator_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentoring_programs", x => x.id);
                    table.ForeignKey(
                        name: "FK_mentoring_programs_educators_curator_id",
                        column: x => x.curator_id,
                        principalTable: "educators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_mentoring_programs_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mentoring_programs_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "methodical_events",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    municipality_id = table.Column<int>(type: "integer", nullable: true),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    form = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    for_young_teachers = table.Column<bool>(type: "boolean", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_methodical_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_methodical_events_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_methodical_events_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_methodical_events_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_forms",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    campaign_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    discrepancy_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    is_late = table.Column<bool>(type: "boolean", nullable: false),
                    review_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    declared_diagnosed = table.Column<int>(type: "integer", nullable: false),
                    declared_educators = table.Column<int>(type: "integer", nullable: false),
                    declared_heads = table.Column<int>(type: "integer", nullable: false),
                    declared_heads_highest = table.Column<int>(type: "integer", nullable: false),
                    declared_heads_improved = table.Column<int>(type: "integer", nullable: false),
                    declared_in_communities = table.Column<int>(type: "integer", nullable: false),
                    declared_in_mentoring = table.Column<int>(type: "integer", nullable: false),
                    declared_newcomers = table.Column<int>(type: "integer", nullable: false),
                    declared_newcomers_supported = table.Column<int>(type: "integer", nullable: false),
                    declared_organizations = table.Column<int>(type: "integer", nullable: false),
                    declared_with_mentoring_program = table.Column<int>(type: "integer", nullable: false),
                    declared_with_route = table.Column<int>(type: "integer", nullable: false),
                    declared_young = table.Column<int>(type: "integer", nullable: false),
                    declared_young_in_projects = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_forms", x => x.id);
                    table.ForeignKey(
                        name: "FK_monitoring_forms_monitoring_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "monitoring_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_monitoring_forms_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_monitoring_forms_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_statuses",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    theme = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    order_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    order_date = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_statuses", x => x.id);
                    table.ForeignKey(
                        name: "FK_organization_statuses_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_organization_statuses_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "program_completions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    educator_id = table.Column<int>(type: "integer", nullable: false),
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    certificate_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_completions", x => x.id);
                    table.ForeignKey(
                        name: "FK_program_completions_educators_educator_id",
                        column: x => x.educator_id,
                        principalTable: "educators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_program_completions_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_program_completions_professional_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "professional_programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_program_completions_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "recommendations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    campaign_id = table.Column<int>(type: "integer", nullable: false),
                    indicator = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: true),
                    municipality_id = table.Column<int>(type: "integer", nullable: true),
                    value = table.Column<decimal>(type: "numeric(5,2)", nullable: false),
                    threshold = table.Column<decimal>(type: "numeric(5,2)", nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recommendations", x => x.id);
                    table.ForeignKey(
                        name: "FK_recommendations_monitoring_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "monitoring_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_recommendations_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_recommendations_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_recommendations_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: true),
                    region_id = table.Column<int>(type: "integer", nullable: true),
                    educator_id = table.Column<int>(type: "integer", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.id);
                    table.ForeignKey(
                        name: "FK_users_educators_educator_id",
                        column: x => x.educator_id,
                        principalTable: "educators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_users_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_users_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "community_memberships",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    educator_id = table.Column<int>(type: "integer", nullable: false),
                    community_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_memberships", x => x.id);
                    table.ForeignKey(
                        name: "FK_community_memberships_communities_community_id",
                        column: x => x.community_id,
                        principalTable: "communities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_community_memberships_educators_educator_id",
                        column: x => x.educator_id,
                        principalTable: "educators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_community_memberships_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_community_memberships_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "diagnostic_deficits",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    is_manual = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    educator_id = table.Column<int>(type: "integer", nullable: false),
                    diagnostic_id = table.Column<int>(type: "integer", nullable: false),
                    competence_area_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_diagnostic_deficits", x => x.id);
                    table.ForeignKey(
                        name: "FK_diagnostic_deficits_competence_areas_competence_area_id",
                        column: x => x.competence_area_id,
                        principalTable: "competence_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_diagnostic_deficits_diagnostics_diagnostic_id",
                        column: x => x.diagnostic_id,
                        principalTable: "diagnostics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_diagnostic_deficits_educators_educator_id",
                        column: x => x.educator_id,
                        principalTable: "educators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_diagnostic_deficits_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_diagnostic_deficits_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "diagnostic_scores",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    score = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    educator_id = table.Column<int>(type: "integer", nullable: false),
                    diagnostic_id = table.Column<int>(type: "integer", nullable: false),
                    competence_area_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_diagnostic_scores", x => x.id);
                    table.ForeignKey(
                        name: "FK_diagnostic_scores_competence_areas_competence_area_id",
                        column: x => x.competence_area_id,
                        principalTable: "competence_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_diagnostic_scores_diagnostics_diagnostic_id",
                        column: x => x.diagnostic_id,
                        principalTable: "diagnostics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_diagnostic_scores_educators_educator_id",
                        column: x => x.educator_id,
                        principalTable: "educators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_diagnostic_scores_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_diagnostic_scores_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mentoring_pairs",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    mentor_id = table.Column<int>(type: "integer", nullable: false),
                    mentee_id = table.Column<int>(type: "integer", nullable: true),
                    student_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    form = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    competence_focus = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    period_from = table.Column<DateOnly>(type: "date", nullable: false),
                    period_to = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    result = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentoring_pairs", x => x.id);
                    table.ForeignKey(
                        name: "FK_mentoring_pairs_educators_mentee_id",
                        column: x => x.mentee_id,
                        principalTable: "educators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mentoring_pairs_educators_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "educators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mentoring_pairs_mentoring_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "mentoring_programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mentoring_pairs_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mentoring_pairs_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "event_participations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    educator_id = table.Column<int>(type: "integer", nullable: false),
                    event_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_participations", x => x.id);
                    table.ForeignKey(
                        name: "FK_event_participations_educators_educator_id",
                        column: x => x.educator_id,
                        principalTable: "educators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_event_participations_methodical_events_event_id",
                        column: x => x.event_id,
                        principalTable: "methodical_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_event_participations_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_event_participations_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_form_events",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    form_id = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<int>(type: "integer", nullable: true),
                    user_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_form_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_monitoring_form_events_monitoring_forms_form_id",
                        column: x => x.form_id,
                        principalTable: "monitoring_forms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_monitoring_form_events_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_monitoring_form_events_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_monitoring_form_events_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "routes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    educator_id = table.Column<int>(type: "integer", nullable: false),
                    diagnostic_id = table.Column<int>(type: "integer", nullable: true),
                    tutor_user_id = table.Column<int>(type: "integer", nullable: true),
                    period_from = table.Column<DateOnly>(type: "date", nullable: false),
                    period_to = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    approved_by_user_id = table.Column<int>(type: "integer", nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    cancelled_on = table.Column<DateOnly>(type: "date", nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_routes", x => x.id);
                    table.ForeignKey(
                        name: "FK_routes_diagnostics_diagnostic_id",
                        column: x => x.diagnostic_id,
                        principalTable: "diagnostics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_routes_educators_educator_id",
                        column: x => x.educator_id,
                        principalTable: "educators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_routes_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_routes_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_routes_users_approved_by_user_id",
                        column: x => x.approved_by_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_routes_users_tutor_user_id",
                        column: x => x.tutor_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<int>(type: "integer", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "FK_user_claims_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "FK_user_logins_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                columns: table => new
                {
                    user_id = table.Column<int>(type: "integer", nullable: false),
                    role_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "FK_user_roles_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_user_roles_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    user_id = table.Column<int>(type: "integer", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "FK_user_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "route_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    educator_id = table.Column<int>(type: "integer", nullable: false),
                    route_id = table.Column<int>(type: "integer", nullable: false),
                    competence_area_id = table.Column<int>(type: "integer", nullable: true),
                    goal = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    form = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    expected_result = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    evidence_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    reported_on = table.Column<DateOnly>(type: "date", nullable: true),
                    confirmed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    confirmed_by_user_id = table.Column<int>(type: "integer", nullable: true),
                    tutor_comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_route_items", x => x.id);
                    table.ForeignKey(
                        name: "FK_route_items_competence_areas_competence_area_id",
                        column: x => x.competence_area_id,
                        principalTable: "competence_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_route_items_educators_educator_id",
                        column: x => x.educator_id,
                        principalTable: "educators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_route_items_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_route_items_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_route_items_routes_route_id",
                        column: x => x.route_id,
                        principalTable: "routes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_route_items_users_confirmed_by_user_id",
                        column: x => x.confirmed_by_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "route_evidence",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    educator_id = table.Column<int>(type: "integer", nullable: false),
                    route_item_id = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by_user_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_route_evidence", x => x.id);
                    table.ForeignKey(
                        name: "FK_route_evidence_educators_educator_id",
                        column: x => x.educator_id,
                        principalTable: "educators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_route_evidence_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_route_evidence_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_route_evidence_route_items_route_item_id",
                        column: x => x.route_item_id,
                        principalTable: "route_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_route_evidence_users_uploaded_by_user_id",
                        column: x => x.uploaded_by_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_entity_type_entity_id",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_region_id_at",
                table: "audit_entries",
                columns: new[] { "region_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_user_id",
                table: "audit_entries",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_communities_municipality_id",
                table: "communities",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "IX_communities_organization_id",
                table: "communities",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_communities_region_id_municipality_id",
                table: "communities",
                columns: new[] { "region_id", "municipality_id" });

            migrationBuilder.CreateIndex(
                name: "IX_community_memberships_community_id",
                table: "community_memberships",
                column: "community_id");

            migrationBuilder.CreateIndex(
                name: "IX_community_memberships_educator_id",
                table: "community_memberships",
                column: "educator_id");

            migrationBuilder.CreateIndex(
                name: "IX_community_memberships_organization_id",
                table: "community_memberships",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_community_memberships_region_id",
                table: "community_memberships",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_competence_areas_region_id_name",
                table: "competence_areas",
                columns: new[] { "region_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_diagnostic_deficits_competence_area_id",
                table: "diagnostic_deficits",
                column: "competence_area_id");

            migrationBuilder.CreateIndex(
                name: "IX_diagnostic_deficits_diagnostic_id_competence_area_id",
                table: "diagnostic_deficits",
                columns: new[] { "diagnostic_id", "competence_area_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_diagnostic_deficits_educator_id",
                table: "diagnostic_deficits",
                column: "educator_id");

            migrationBuilder.CreateIndex(
                name: "IX_diagnostic_deficits_organization_id",
                table: "diagnostic_deficits",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_diagnostic_deficits_region_id",
                table: "diagnostic_deficits",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_diagnostic_instruments_region_id_title",
                table: "diagnostic_instruments",
                columns: new[] { "region_id", "title" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_diagnostic_scores_competence_area_id",
                table: "diagnostic_scores",
                column: "competence_area_id");

            migrationBuilder.CreateIndex(
                name: "IX_diagnostic_scores_diagnostic_id_competence_area_id",
                table: "diagnostic_scores",
                columns: new[] { "diagnostic_id", "competence_area_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_diagnostic_scores_educator_id",
                table: "diagnostic_scores",
                column: "educator_id");

            migrationBuilder.CreateIndex(
                name: "IX_diagnostic_scores_organization_id",
                table: "diagnostic_scores",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_diagnostic_scores_region_id",
                table: "diagnostic_scores",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_diagnostics_educator_id_date",
                table: "diagnostics",
                columns: new[] { "educator_id", "date" });

            migrationBuilder.CreateIndex(
                name: "IX_diagnostics_instrument_id",
                table: "diagnostics",
                column: "instrument_id");

            migrationBuilder.CreateIndex(
                name: "IX_diagnostics_organization_id_date",
                table: "diagnostics",
                columns: new[] { "organization_id", "date" });

            migrationBuilder.CreateIndex(
                name: "IX_diagnostics_region_id",
                table: "diagnostics",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_educators_region_id_last_name_first_name",
                table: "educators",
                columns: new[] { "region_id", "last_name", "first_name" });

            migrationBuilder.CreateIndex(
                name: "IX_educators_region_id_match_key",
                table: "educators",
                columns: new[] { "region_id", "match_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employments_educator_id",
                table: "employments",
                column: "educator_id");

            migrationBuilder.CreateIndex(
                name: "IX_employments_organization_id",
                table: "employments",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_employments_organization_id_personnel_number",
                table: "employments",
                columns: new[] { "organization_id", "personnel_number" },
                unique: true,
                filter: "personnel_number IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_employments_region_id",
                table: "employments",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_event_participations_educator_id",
                table: "event_participations",
                column: "educator_id");

            migrationBuilder.CreateIndex(
                name: "IX_event_participations_event_id_educator_id",
                table: "event_participations",
                columns: new[] { "event_id", "educator_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_event_participations_organization_id",
                table: "event_participations",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_event_participations_region_id",
                table: "event_participations",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_instrument_areas_competence_area_id",
                table: "instrument_areas",
                column: "competence_area_id");

            migrationBuilder.CreateIndex(
                name: "IX_instrument_areas_instrument_id_competence_area_id",
                table: "instrument_areas",
                columns: new[] { "instrument_id", "competence_area_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_instrument_areas_region_id",
                table: "instrument_areas",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_pairs_mentee_id",
                table: "mentoring_pairs",
                column: "mentee_id");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_pairs_mentor_id",
                table: "mentoring_pairs",
                column: "mentor_id");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_pairs_organization_id",
                table: "mentoring_pairs",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_pairs_program_id",
                table: "mentoring_pairs",
                column: "program_id");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_pairs_region_id",
                table: "mentoring_pairs",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_programs_curator_id",
                table: "mentoring_programs",
                column: "curator_id");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_programs_organization_id",
                table: "mentoring_programs",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_programs_region_id",
                table: "mentoring_programs",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_methodical_events_municipality_id",
                table: "methodical_events",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "IX_methodical_events_organization_id",
                table: "methodical_events",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_methodical_events_region_id_starts_on",
                table: "methodical_events",
                columns: new[] { "region_id", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_campaigns_region_id_year",
                table: "monitoring_campaigns",
                columns: new[] { "region_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_form_events_form_id",
                table: "monitoring_form_events",
                column: "form_id");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_form_events_organization_id",
                table: "monitoring_form_events",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_form_events_region_id",
                table: "monitoring_form_events",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_form_events_user_id",
                table: "monitoring_form_events",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_forms_campaign_id_organization_id",
                table: "monitoring_forms",
                columns: new[] { "campaign_id", "organization_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_forms_organization_id",
                table: "monitoring_forms",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_forms_region_id",
                table: "monitoring_forms",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_municipalities_region_id_code",
                table: "municipalities",
                columns: new[] { "region_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_statuses_organization_id",
                table: "organization_statuses",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_organization_statuses_region_id",
                table: "organization_statuses",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_organizations_municipality_id",
                table: "organizations",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "IX_organizations_parent_id",
                table: "organizations",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "IX_organizations_path",
                table: "organizations",
                column: "path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_organizations_region_id_name",
                table: "organizations",
                columns: new[] { "region_id", "name" });

            migrationBuilder.CreateIndex(
                name: "IX_professional_programs_region_id",
                table: "professional_programs",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_program_completions_educator_id_program_id_completed_on",
                table: "program_completions",
                columns: new[] { "educator_id", "program_id", "completed_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_program_completions_organization_id",
                table: "program_completions",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_program_completions_program_id",
                table: "program_completions",
                column: "program_id");

            migrationBuilder.CreateIndex(
                name: "IX_program_completions_region_id",
                table: "program_completions",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_recommendations_campaign_id",
                table: "recommendations",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "IX_recommendations_municipality_id_campaign_id_indicator",
                table: "recommendations",
                columns: new[] { "municipality_id", "campaign_id", "indicator" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_recommendations_organization_id_campaign_id_indicator",
                table: "recommendations",
                columns: new[] { "organization_id", "campaign_id", "indicator" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_recommendations_region_id",
                table: "recommendations",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_regions_code",
                table: "regions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_role_claims_role_id",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_route_evidence_educator_id",
                table: "route_evidence",
                column: "educator_id");

            migrationBuilder.CreateIndex(
                name: "IX_route_evidence_organization_id",
                table: "route_evidence",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_route_evidence_region_id",
                table: "route_evidence",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_route_evidence_route_item_id",
                table: "route_evidence",
                column: "route_item_id");

            migrationBuilder.CreateIndex(
                name: "IX_route_evidence_uploaded_by_user_id",
                table: "route_evidence",
                column: "uploaded_by_user_id");

            migrationBuilder.CreateIndex(
                name: "IX_route_items_competence_area_id",
                table: "route_items",
                column: "competence_area_id");

            migrationBuilder.CreateIndex(
                name: "IX_route_items_confirmed_by_user_id",
                table: "route_items",
                column: "confirmed_by_user_id");

            migrationBuilder.CreateIndex(
                name: "IX_route_items_educator_id_status_deadline",
                table: "route_items",
                columns: new[] { "educator_id", "status", "deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_route_items_organization_id",
                table: "route_items",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_route_items_region_id",
                table: "route_items",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_route_items_route_id",
                table: "route_items",
                column: "route_id");

            migrationBuilder.CreateIndex(
                name: "IX_routes_approved_by_user_id",
                table: "routes",
                column: "approved_by_user_id");

            migrationBuilder.CreateIndex(
                name: "IX_routes_diagnostic_id",
                table: "routes",
                column: "diagnostic_id");

            migrationBuilder.CreateIndex(
                name: "IX_routes_educator_id",
                table: "routes",
                column: "educator_id");

            migrationBuilder.CreateIndex(
                name: "IX_routes_organization_id_status",
                table: "routes",
                columns: new[] { "organization_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_routes_region_id",
                table: "routes",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "IX_routes_tutor_user_id",
                table: "routes",
                column: "tutor_user_id");

            migrationBuilder.CreateIndex(
                name: "IX_user_claims_user_id",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_user_logins_user_id",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_user_roles_role_id",
                table: "user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "IX_users_educator_id",
                table: "users",
                column: "educator_id");

            migrationBuilder.CreateIndex(
                name: "IX_users_organization_id",
                table: "users",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_users_region_id",
                table: "users",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "normalized_user_name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "community_memberships");

            migrationBuilder.DropTable(
                name: "diagnostic_deficits");

            migrationBuilder.DropTable(
                name: "diagnostic_scores");

            migrationBuilder.DropTable(
                name: "employments");

            migrationBuilder.DropTable(
                name: "event_participations");

            migrationBuilder.DropTable(
                name: "instrument_areas");

            migrationBuilder.DropTable(
                name: "mentoring_pairs");

            migrationBuilder.DropTable(
                name: "monitoring_form_events");

            migrationBuilder.DropTable(
                name: "organization_statuses");

            migrationBuilder.DropTable(
                name: "program_completions");

            migrationBuilder.DropTable(
                name: "recommendations");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "route_evidence");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_roles");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "communities");

            migrationBuilder.DropTable(
                name: "methodical_events");

            migrationBuilder.DropTable(
                name: "mentoring_programs");

            migrationBuilder.DropTable(
                name: "monitoring_forms");

            migrationBuilder.DropTable(
                name: "professional_programs");

            migrationBuilder.DropTable(
                name: "route_items");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "monitoring_campaigns");

            migrationBuilder.DropTable(
                name: "competence_areas");

            migrationBuilder.DropTable(
                name: "routes");

            migrationBuilder.DropTable(
                name: "diagnostics");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "diagnostic_instruments");

            migrationBuilder.DropTable(
                name: "educators");

            migrationBuilder.DropTable(
                name: "organizations");

            migrationBuilder.DropTable(
                name: "municipalities");

            migrationBuilder.DropTable(
                name: "regions");

            migrationBuilder.DropSequence(
                name: "entity_ids");
        }
    }
}
