using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetodPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlanOfMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "answer",
                table: "recommendations",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "answered_by",
                table: "recommendations",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "answered_on",
                table: "recommendations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "issued_on",
                table: "recommendations",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "analytic_reports",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    campaign_id = table.Column<int>(type: "integer", nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    review_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    issued_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    pdf = table.Column<byte[]>(type: "bytea", nullable: true),
                    document = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_analytic_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_analytic_reports_monitoring_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "monitoring_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_analytic_reports_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "measure_plans",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    municipality_id = table.Column<int>(type: "integer", nullable: true),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    approved_by = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_measure_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_measure_plans_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_measure_plans_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "analytic_sections",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    report_id = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_analytic_sections", x => x.id);
                    table.ForeignKey(
                        name: "fk_analytic_sections_analytic_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "analytic_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_analytic_sections_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_measures",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    municipality_id = table.Column<int>(type: "integer", nullable: true),
                    plan_id = table.Column<int>(type: "integer", nullable: false),
                    direction = table.Column<int>(type: "integer", nullable: false),
                    direction_title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    responsible_ids = table.Column<int[]>(type: "integer[]", nullable: false, defaultValueSql: "ARRAY[]::integer[]"),
                    responsible = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    executors = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    executor_user_ids = table.Column<int[]>(type: "integer[]", nullable: false, defaultValueSql: "ARRAY[]::integer[]"),
                    deadline = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    days_after = table.Column<int>(type: "integer", nullable: true),
                    deadline_text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    expected_result = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    target = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    target_indicator = table.Column<int>(type: "integer", nullable: true),
                    target_count = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    target_value = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_measures", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_measures_measure_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "measure_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plan_measures_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_plan_measures_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "measure_occurrences",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    municipality_id = table.Column<int>(type: "integer", nullable: true),
                    measure_id = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    period = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: false),
                    campaign_id = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    done_on = table.Column<DateOnly>(type: "date", nullable: true),
                    report = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    content = table.Column<byte[]>(type: "bytea", nullable: true),
                    reported_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_measure_occurrences", x => x.id);
                    table.ForeignKey(
                        name: "fk_measure_occurrences_monitoring_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "monitoring_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_measure_occurrences_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_measure_occurrences_plan_measures_measure_id",
                        column: x => x.measure_id,
                        principalTable: "plan_measures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_measure_occurrences_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_analytic_reports_campaign_id",
                table: "analytic_reports",
                column: "campaign_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_analytic_reports_region_id",
                table: "analytic_reports",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_analytic_sections_region_id",
                table: "analytic_sections",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_analytic_sections_report_id_key",
                table: "analytic_sections",
                columns: new[] { "report_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_measure_occurrences_campaign_id",
                table: "measure_occurrences",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_measure_occurrences_measure_id_key",
                table: "measure_occurrences",
                columns: new[] { "measure_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_measure_occurrences_municipality_id",
                table: "measure_occurrences",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "ix_measure_occurrences_region_id",
                table: "measure_occurrences",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_measure_plans_municipality_id",
                table: "measure_plans",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "ix_measure_plans_region_id_municipality_id",
                table: "measure_plans",
                columns: new[] { "region_id", "municipality_id" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_measures_municipality_id",
                table: "plan_measures",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_measures_plan_id",
                table: "plan_measures",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_measures_region_id",
                table: "plan_measures",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_measures_responsible_ids",
                table: "plan_measures",
                column: "responsible_ids")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "analytic_sections");

            migrationBuilder.DropTable(
                name: "measure_occurrences");

            migrationBuilder.DropTable(
                name: "analytic_reports");

            migrationBuilder.DropTable(
                name: "plan_measures");

            migrationBuilder.DropTable(
                name: "measure_plans");

            migrationBuilder.DropColumn(
                name: "answer",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "answered_by",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "answered_on",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "issued_on",
                table: "recommendations");
        }
    }
}
