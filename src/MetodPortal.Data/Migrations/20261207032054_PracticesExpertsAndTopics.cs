using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetodPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class PracticesExpertsAndTopics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "practice_id",
                table: "route_items",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<List<int>>(
                name: "expert_ids",
                table: "professional_programs",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "ARRAY[]::integer[]");

            migrationBuilder.AddColumn<bool>(
                name: "trains_methodical_support",
                table: "professional_programs",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "topics",
                table: "methodical_events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Programmes and events before had no such mark; new rows always say (the model has no column default).
            migrationBuilder.Sql("ALTER TABLE professional_programs ALTER COLUMN trains_methodical_support DROP DEFAULT;");
            migrationBuilder.Sql("ALTER TABLE methodical_events ALTER COLUMN topics DROP DEFAULT;");

            migrationBuilder.CreateTable(
                name: "experts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    educator_id = table.Column<int>(type: "integer", nullable: false),
                    competence_area_ids = table.Column<List<int>>(type: "integer[]", nullable: false),
                    subjects = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    kinds = table.Column<int>(type: "integer", nullable: false),
                    order_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    order_date = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_experts", x => x.id);
                    table.ForeignKey(
                        name: "fk_experts_educators_educator_id",
                        column: x => x.educator_id,
                        principalTable: "educators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_experts_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_experts_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "practice_criteria",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    max_score = table.Column<int>(type: "integer", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practice_criteria", x => x.id);
                    table.ForeignKey(
                        name: "fk_practice_criteria_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "practices",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    municipality_id = table.Column<int>(type: "integer", nullable: true),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    competence_area_ids = table.Column<List<int>>(type: "integer[]", nullable: false),
                    author_ids = table.Column<List<int>>(type: "integer[]", nullable: false),
                    author_names = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    links = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    return_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practices", x => x.id);
                    table.ForeignKey(
                        name: "fk_practices_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_practices_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_practices_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "practice_files",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    practice_id = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practice_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_practice_files_practices_practice_id",
                        column: x => x.practice_id,
                        principalTable: "practices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_practice_files_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "practice_reviews",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    practice_id = table.Column<int>(type: "integer", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    expert_id = table.Column<int>(type: "integer", nullable: false),
                    expert_educator_id = table.Column<int>(type: "integer", nullable: false),
                    criterion_ids = table.Column<List<int>>(type: "integer[]", nullable: false),
                    scores = table.Column<List<int>>(type: "integer[]", nullable: false),
                    opinion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    recommended = table.Column<bool>(type: "boolean", nullable: true),
                    written_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_practice_reviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_practice_reviews_experts_expert_id",
                        column: x => x.expert_id,
                        principalTable: "experts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_practice_reviews_practices_practice_id",
                        column: x => x.practice_id,
                        principalTable: "practices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_practice_reviews_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_route_items_practice_id",
                table: "route_items",
                column: "practice_id");

            migrationBuilder.CreateIndex(
                name: "ix_experts_competence_area_ids",
                table: "experts",
                column: "competence_area_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_experts_educator_id_region_id",
                table: "experts",
                columns: new[] { "educator_id", "region_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_experts_organization_id",
                table: "experts",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_experts_region_id",
                table: "experts",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_practice_criteria_region_id_sort_order",
                table: "practice_criteria",
                columns: new[] { "region_id", "sort_order" });

            migrationBuilder.CreateIndex(
                name: "ix_practice_files_practice_id",
                table: "practice_files",
                column: "practice_id");

            migrationBuilder.CreateIndex(
                name: "ix_practice_files_region_id",
                table: "practice_files",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_practice_reviews_expert_educator_id",
                table: "practice_reviews",
                column: "expert_educator_id");

            migrationBuilder.CreateIndex(
                name: "ix_practice_reviews_expert_id",
                table: "practice_reviews",
                column: "expert_id");

            migrationBuilder.CreateIndex(
                name: "ix_practice_reviews_practice_id_round_expert_id",
                table: "practice_reviews",
                columns: new[] { "practice_id", "round", "expert_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_practice_reviews_region_id",
                table: "practice_reviews",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_practices_competence_area_ids",
                table: "practices",
                column: "competence_area_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_practices_municipality_id",
                table: "practices",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "ix_practices_organization_id",
                table: "practices",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_practices_region_id_status",
                table: "practices",
                columns: new[] { "region_id", "status" });

            migrationBuilder.AddForeignKey(
                name: "fk_route_items_practices_practice_id",
                table: "route_items",
                column: "practice_id",
                principalTable: "practices",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_route_items_practices_practice_id",
                table: "route_items");

            migrationBuilder.DropTable(
                name: "practice_criteria");

            migrationBuilder.DropTable(
                name: "practice_files");

            migrationBuilder.DropTable(
                name: "practice_reviews");

            migrationBuilder.DropTable(
                name: "experts");

            migrationBuilder.DropTable(
                name: "practices");

            migrationBuilder.DropIndex(
                name: "ix_route_items_practice_id",
                table: "route_items");

            migrationBuilder.DropColumn(
                name: "practice_id",
                table: "route_items");

            migrationBuilder.DropColumn(
                name: "expert_ids",
                table: "professional_programs");

            migrationBuilder.DropColumn(
                name: "trains_methodical_support",
                table: "professional_programs");

            migrationBuilder.DropColumn(
                name: "topics",
                table: "methodical_events");
        }
    }
}
