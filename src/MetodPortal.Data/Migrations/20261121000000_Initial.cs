using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MetodPortal.Data.Migrations;

/// <summary>
/// Regions, municipalities, organizations and their statuses, users and roles, the audit log.
/// Hand-written (no dotnet ef here); MigrationMatchesModel in the integration tests keeps it equal to the model.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261121000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateSequence(name: PortalDbContext.KeySequence, incrementBy: 10);

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
                changes = table.Column<string>(type: "jsonb", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_audit_entries", x => x.id));

        migrationBuilder.CreateTable(
            name: "regions",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false),
                code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_regions", x => x.id));

        migrationBuilder.CreateTable(
            name: "roles",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false),
                name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                concurrency_stamp = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_roles", x => x.id));

        migrationBuilder.CreateTable(
            name: "municipalities",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false),
                region_id = table.Column<int>(type: "integer", nullable: false),
                code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                administrative_centre = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_municipalities", x => x.id);
                table.ForeignKey("FK_municipalities_regions_region_id", x => x.region_id, "regions", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "role_claims",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false),
                role_id = table.Column<int>(type: "integer", nullable: false),
                claim_type = table.Column<string>(type: "text", nullable: true),
                claim_value = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_role_claims", x => x.id);
                table.ForeignKey("FK_role_claims_roles_role_id", x => x.role_id, "roles", "id", onDelete: ReferentialAction.Cascade);
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
                counts_in_indicators = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_organizations", x => x.id);
                table.ForeignKey("FK_organizations_municipalities_municipality_id", x => x.municipality_id, "municipalities", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_organizations_organizations_parent_id", x => x.parent_id, "organizations", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_organizations_regions_region_id", x => x.region_id, "regions", "id", onDelete: ReferentialAction.Restrict);
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
                valid_to = table.Column<DateOnly>(type: "date", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_organization_statuses", x => x.id);
                table.ForeignKey("FK_organization_statuses_organizations_organization_id", x => x.organization_id, "organizations", "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_organization_statuses_regions_region_id", x => x.region_id, "regions", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "users",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false),
                full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                organization_id = table.Column<int>(type: "integer", nullable: true),
                region_id = table.Column<int>(type: "integer", nullable: true),
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
                access_failed_count = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_users", x => x.id);
                table.ForeignKey("FK_users_organizations_organization_id", x => x.organization_id, "organizations", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_users_regions_region_id", x => x.region_id, "regions", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "user_claims",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false),
                user_id = table.Column<int>(type: "integer", nullable: false),
                claim_type = table.Column<string>(type: "text", nullable: true),
                claim_value = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_user_claims", x => x.id);
                table.ForeignKey("FK_user_claims_users_user_id", x => x.user_id, "users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "user_logins",
            columns: table => new
            {
                login_provider = table.Column<string>(type: "text", nullable: false),
                provider_key = table.Column<string>(type: "text", nullable: false),
                provider_display_name = table.Column<string>(type: "text", nullable: true),
                user_id = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_user_logins", x => new { x.login_provider, x.provider_key });
                table.ForeignKey("FK_user_logins_users_user_id", x => x.user_id, "users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "user_roles",
            columns: table => new
            {
                user_id = table.Column<int>(type: "integer", nullable: false),
                role_id = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_user_roles", x => new { x.user_id, x.role_id });
                table.ForeignKey("FK_user_roles_roles_role_id", x => x.role_id, "roles", "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_user_roles_users_user_id", x => x.user_id, "users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "user_tokens",
            columns: table => new
            {
                user_id = table.Column<int>(type: "integer", nullable: false),
                login_provider = table.Column<string>(type: "text", nullable: false),
                name = table.Column<string>(type: "text", nullable: false),
                value = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                table.ForeignKey("FK_user_tokens_users_user_id", x => x.user_id, "users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_audit_entries_entity_type_entity_id", "audit_entries", ["entity_type", "entity_id"]);
        migrationBuilder.CreateIndex("IX_audit_entries_region_id_at", "audit_entries", ["region_id", "at"]);
        migrationBuilder.CreateIndex("IX_audit_entries_user_id", "audit_entries", "user_id");
        migrationBuilder.CreateIndex("IX_municipalities_region_id_code", "municipalities", ["region_id", "code"], unique: true);
        migrationBuilder.CreateIndex("IX_organization_statuses_organization_id", "organization_statuses", "organization_id");
        migrationBuilder.CreateIndex("IX_organization_statuses_region_id", "organization_statuses", "region_id");
        migrationBuilder.CreateIndex("IX_organizations_municipality_id", "organizations", "municipality_id");
        migrationBuilder.CreateIndex("IX_organizations_parent_id", "organizations", "parent_id");
        migrationBuilder.CreateIndex("IX_organizations_path", "organizations", "path")
            .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });
        migrationBuilder.CreateIndex("IX_organizations_region_id_name", "organizations", ["region_id", "name"]);
        migrationBuilder.CreateIndex("IX_regions_code", "regions", "code", unique: true);
        migrationBuilder.CreateIndex("IX_role_claims_role_id", "role_claims", "role_id");
        migrationBuilder.CreateIndex("RoleNameIndex", "roles", "normalized_name", unique: true);
        migrationBuilder.CreateIndex("IX_user_claims_user_id", "user_claims", "user_id");
        migrationBuilder.CreateIndex("IX_user_logins_user_id", "user_logins", "user_id");
        migrationBuilder.CreateIndex("IX_user_roles_role_id", "user_roles", "role_id");
        migrationBuilder.CreateIndex("EmailIndex", "users", "normalized_email");
        migrationBuilder.CreateIndex("IX_users_organization_id", "users", "organization_id");
        migrationBuilder.CreateIndex("IX_users_region_id", "users", "region_id");
        migrationBuilder.CreateIndex("UserNameIndex", "users", "normalized_user_name", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "user_tokens", "user_roles", "user_logins", "user_claims", "users", "organization_statuses", "organizations",
            "role_claims", "municipalities", "roles", "regions", "audit_entries",
        })
        {
            migrationBuilder.DropTable(table);
        }

        migrationBuilder.DropSequence(PortalDbContext.KeySequence);
    }
}
