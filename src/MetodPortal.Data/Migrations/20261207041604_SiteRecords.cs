using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetodPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class SiteRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "site_participants",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    site_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    workplace = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    topic = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_site_participants", x => x.id);
                    table.ForeignKey(
                        name: "fk_site_participants_organization_statuses_site_id",
                        column: x => x.site_id,
                        principalTable: "organization_statuses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_site_participants_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_site_participants_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "site_reports",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    site_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    done = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    results = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_site_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_site_reports_organization_statuses_site_id",
                        column: x => x.site_id,
                        principalTable: "organization_statuses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_site_reports_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_site_reports_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "site_results",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    site_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    content = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_site_results", x => x.id);
                    table.ForeignKey(
                        name: "fk_site_results_organization_statuses_site_id",
                        column: x => x.site_id,
                        principalTable: "organization_statuses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_site_results_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_site_results_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_site_participants_organization_id",
                table: "site_participants",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_site_participants_region_id",
                table: "site_participants",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_site_participants_site_id",
                table: "site_participants",
                column: "site_id");

            migrationBuilder.CreateIndex(
                name: "ix_site_reports_organization_id",
                table: "site_reports",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_site_reports_region_id",
                table: "site_reports",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_site_reports_site_id_year",
                table: "site_reports",
                columns: new[] { "site_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_site_results_organization_id",
                table: "site_results",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_site_results_region_id",
                table: "site_results",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_site_results_site_id",
                table: "site_results",
                column: "site_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "site_participants");

            migrationBuilder.DropTable(
                name: "site_reports");

            migrationBuilder.DropTable(
                name: "site_results");
        }
    }
}
