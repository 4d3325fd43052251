using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetodPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecommendationSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_recommendations_municipality_id_campaign_id_indicator",
                table: "recommendations");

            migrationBuilder.DropIndex(
                name: "IX_recommendations_organization_id_campaign_id_indicator",
                table: "recommendations");

            migrationBuilder.AddColumn<string>(
                name: "source",
                table: "recommendations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Declared");

            // Those given before came from the accepted forms (the pages' default); new rows always name their source.
            migrationBuilder.Sql("ALTER TABLE recommendations ALTER COLUMN source DROP DEFAULT;");

            migrationBuilder.CreateIndex(
                name: "IX_recommendations_municipality_id_campaign_id_indicator_source",
                table: "recommendations",
                columns: new[] { "municipality_id", "campaign_id", "indicator", "source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_recommendations_organization_id_campaign_id_indicator_source",
                table: "recommendations",
                columns: new[] { "organization_id", "campaign_id", "indicator", "source" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM recommendations WHERE source <> 'Declared';");

            migrationBuilder.DropIndex(
                name: "IX_recommendations_municipality_id_campaign_id_indicator_source",
                table: "recommendations");

            migrationBuilder.DropIndex(
                name: "IX_recommendations_organization_id_campaign_id_indicator_source",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "source",
                table: "recommendations");

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
        }
    }
}
