using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetodPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class SnakeCaseNamingConvention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_category_assignments_educators_educator_id",
                table: "category_assignments");

            migrationBuilder.DropForeignKey(
                name: "FK_category_assignments_regions_region_id",
                table: "category_assignments");

            migrationBuilder.DropForeignKey(
                name: "FK_communities_municipalities_municipality_id",
                table: "communities");

            migrationBuilder.DropForeignKey(
                name: "FK_communities_organizations_organization_id",
                table: "communities");

            migrationBuilder.DropForeignKey(
                name: "FK_communities_regions_region_id",
                table: "communities");

            migrationBuilder.DropForeignKey(
                name: "FK_community_memberships_communities_community_id",
                table: "community_memberships");

            migrationBuilder.DropForeignKey(
                name: "FK_community_memberships_educators_educator_id",
                table: "community_memberships");

            migrationBuilder.DropForeignKey(
                name: "FK_community_memberships_organizations_organization_id",
                table: "community_memberships");

            migrationBuilder.DropForeignKey(
                name: "FK_community_memberships_regions_region_id",
                table: "community_memberships");

            migrationBuilder.DropForeignKey(
                name: "FK_competence_areas_regions_region_id",
                table: "competence_areas");

            migrationBuilder.DropForeignKey(
                name: "FK_diagnostic_deficits_competence_areas_competence_area_id",
                table: "diagnostic_deficits");

            migrationBuilder.DropForeignKey(
                name: "FK_diagnostic_deficits_diagnostics_diagnostic_id",
                table: "diagnostic_deficits");

            migrationBuilder.DropForeignKey(
                name: "FK_diagnostic_deficits_educators_educator_id",
                table: "diagnostic_deficits");

            migrationBuilder.DropForeignKey(
                name: "FK_diagnostic_deficits_organizations_organization_id",
                table: "diagnostic_deficits");

            migrationBuilder.DropForeignKey(
                name: "FK_diagnostic_deficits_regions_region_id",
                table: "diagnostic_deficits");

            migrationBuilder.DropForeignKey(
                name: "FK_diagnostic_instruments_regions_region_id",
                table: "diagnostic_instruments");

            migrationBuilder.DropForeignKey(
                name: "FK_diagnostic_scores_competence_areas_competence_area_id",
                table: "diagnostic_scores");

            migrationBuilder.DropForeignKey(
                name: "FK_diagnostic_scores_diagnostics_diagnostic_id",
                table: "diagnostic_scores");

            migrationBuilder.DropForeignKey(
                name: "FK_diagnostic_scores_educators_educator_id",
                table: "diagnostic_scores");

            migrationBuilder.DropForeignKey(
                name: "FK_diagnostic_scores_organizations_organization_id",
                table: "diagnostic_scores");

            migrationBuilder.DropForeignKey(
                name: "FK_diagnostic_scores_regions_region_id",
                table: "diagnostic_scores");

            migrationBuilder.DropForeignKey(
                name: "FK_diagnostics_diagnostic_instruments_instrument_id",
                table: "diagnostics");

            migrationBuilder.DropForeignKey(
                name: "FK_diagnostics_educators_educator_id",
                table: "diagnostics");

            migrationBuilder.DropForeignKey(
                name: "FK_diagnostics_organizations_organization_id",
                table: "diagnostics");

            migrationBuilder.DropForeignKey(
                name: "FK_diagnostics_regions_region_id",
                table: "diagnostics");

            migrationBuilder.DropForeignKey(
                name: "FK_educators_regions_region_id",
                table: "educators");

            migrationBuilder.DropForeignKey(
                name: "FK_employments_educators_educator_id",
                table: "employments");

            migrationBuilder.DropForeignKey(
                name: "FK_employments_organizations_organization_id",
                table: "employments");

            migrationBuilder.DropForeignKey(
                name: "FK_employments_regions_region_id",
                table: "employments");

            migrationBuilder.DropForeignKey(
                name: "FK_event_participations_educators_educator_id",
                table: "event_participations");

            migrationBuilder.DropForeignKey(
                name: "FK_event_participations_methodical_events_event_id",
                table: "event_participations");

            migrationBuilder.DropForeignKey(
                name: "FK_event_participations_organizations_organization_id",
                table: "event_participations");

            migrationBuilder.DropForeignKey(
                name: "FK_event_participations_regions_region_id",
                table: "event_participations");

            migrationBuilder.DropForeignKey(
                name: "FK_instrument_areas_competence_areas_competence_area_id",
                table: "instrument_areas");

            migrationBuilder.DropForeignKey(
                name: "FK_instrument_areas_diagnostic_instruments_instrument_id",
                table: "instrument_areas");

            migrationBuilder.DropForeignKey(
                name: "FK_instrument_areas_regions_region_id",
                table: "instrument_areas");

            migrationBuilder.DropForeignKey(
                name: "FK_mentoring_pairs_educators_mentee_id",
                table: "mentoring_pairs");

            migrationBuilder.DropForeignKey(
                name: "FK_mentoring_pairs_educators_mentor_id",
                table: "mentoring_pairs");

            migrationBuilder.DropForeignKey(
                name: "FK_mentoring_pairs_mentoring_programs_program_id",
                table: "mentoring_pairs");

            migrationBuilder.DropForeignKey(
                name: "FK_mentoring_pairs_organizations_organization_id",
                table: "mentoring_pairs");

            migrationBuilder.DropForeignKey(
                name: "FK_mentoring_pairs_regions_region_id",
                table: "mentoring_pairs");

            migrationBuilder.DropForeignKey(
                name: "FK_mentoring_programs_educators_curator_id",
                table: "mentoring_programs");

            migrationBuilder.DropForeignKey(
                name: "FK_mentoring_programs_organizations_organization_id",
                table: "mentoring_programs");

            migrationBuilder.DropForeignKey(
                name: "FK_mentoring_programs_regions_region_id",
                table: "mentoring_programs");

            migrationBuilder.DropForeignKey(
                name: "FK_methodical_events_municipalities_municipality_id",
                table: "methodical_events");

            migrationBuilder.DropForeignKey(
                name: "FK_methodical_events_organizations_organization_id",
                table: "methodical_events");

            migrationBuilder.DropForeignKey(
                name: "FK_methodical_events_regions_region_id",
                table: "methodical_events");

            migrationBuilder.DropForeignKey(
                name: "FK_monitoring_campaigns_regions_region_id",
                table: "monitoring_campaigns");

            migrationBuilder.DropForeignKey(
                name: "FK_monitoring_form_events_monitoring_forms_form_id",
                table: "monitoring_form_events");

            migrationBuilder.DropForeignKey(
                name: "FK_monitoring_form_events_organizations_organization_id",
                table: "monitoring_form_events");

            migrationBuilder.DropForeignKey(
                name: "FK_monitoring_form_events_regions_region_id",
                table: "monitoring_form_events");

            migrationBuilder.DropForeignKey(
                name: "FK_monitoring_form_events_users_user_id",
                table: "monitoring_form_events");

            migrationBuilder.DropForeignKey(
                name: "FK_monitoring_forms_monitoring_campaigns_campaign_id",
                table: "monitoring_forms");

            migrationBuilder.DropForeignKey(
                name: "FK_monitoring_forms_organizations_organization_id",
                table: "monitoring_forms");

            migrationBuilder.DropForeignKey(
                name: "FK_monitoring_forms_regions_region_id",
                table: "monitoring_forms");

            migrationBuilder.DropForeignKey(
                name: "FK_municipalities_regions_region_id",
                table: "municipalities");

            migrationBuilder.DropForeignKey(
                name: "FK_organization_statuses_organizations_organization_id",
                table: "organization_statuses");

            migrationBuilder.DropForeignKey(
                name: "FK_organization_statuses_regions_region_id",
                table: "organization_statuses");

            migrationBuilder.DropForeignKey(
                name: "FK_organizations_municipalities_municipality_id",
                table: "organizations");

            migrationBuilder.DropForeignKey(
                name: "FK_organizations_organizations_parent_id",
                table: "organizations");

            migrationBuilder.DropForeignKey(
                name: "FK_organizations_regions_region_id",
                table: "organizations");

            migrationBuilder.DropForeignKey(
                name: "FK_professional_programs_regions_region_id",
                table: "professional_programs");

            migrationBuilder.DropForeignKey(
                name: "FK_program_completions_educators_educator_id",
                table: "program_completions");

            migrationBuilder.DropForeignKey(
                name: "FK_program_completions_organizations_organization_id",
                table: "program_completions");

            migrationBuilder.DropForeignKey(
                name: "FK_program_completions_professional_programs_program_id",
                table: "program_completions");

            migrationBuilder.DropForeignKey(
                name: "FK_program_completions_regions_region_id",
                table: "program_completions");

            migrationBuilder.DropForeignKey(
                name: "FK_recommendations_monitoring_campaigns_campaign_id",
                table: "recommendations");

            migrationBuilder.DropForeignKey(
                name: "FK_recommendations_municipalities_municipality_id",
                table: "recommendations");

            migrationBuilder.DropForeignKey(
                name: "FK_recommendations_organizations_organization_id",
                table: "recommendations");

            migrationBuilder.DropForeignKey(
                name: "FK_recommendations_regions_region_id",
                table: "recommendations");

            migrationBuilder.DropForeignKey(
                name: "FK_role_claims_roles_role_id",
                table: "role_claims");

            migrationBuilder.DropForeignKey(
                name: "FK_route_evidence_educators_educator_id",
                table: "route_evidence");

            migrationBuilder.DropForeignKey(
                name: "FK_route_evidence_organizations_organization_id",
                table: "route_evidence");

            migrationBuilder.DropForeignKey(
                name: "FK_route_evidence_regions_region_id",
                table: "route_evidence");

            migrationBuilder.DropForeignKey(
                name: "FK_route_evidence_route_items_route_item_id",
                table: "route_evidence");

            migrationBuilder.DropForeignKey(
                name: "FK_route_evidence_users_uploaded_by_user_id",
                table: "route_evidence");

            migrationBuilder.DropForeignKey(
                name: "FK_route_items_competence_areas_competence_area_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "FK_route_items_educators_educator_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "FK_route_items_organizations_organization_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "FK_route_items_regions_region_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "FK_route_items_routes_route_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "FK_route_items_users_confirmed_by_user_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "FK_routes_diagnostics_diagnostic_id",
                table: "routes");

            migrationBuilder.DropForeignKey(
                name: "FK_routes_educators_educator_id",
                table: "routes");

            migrationBuilder.DropForeignKey(
                name: "FK_routes_organizations_organization_id",
                table: "routes");

            migrationBuilder.DropForeignKey(
                name: "FK_routes_regions_region_id",
                table: "routes");

            migrationBuilder.DropForeignKey(
                name: "FK_routes_users_approved_by_user_id",
                table: "routes");

            migrationBuilder.DropForeignKey(
                name: "FK_routes_users_tutor_user_id",
                table: "routes");

            migrationBuilder.DropForeignKey(
                name: "FK_user_claims_users_user_id",
                table: "user_claims");

            migrationBuilder.DropForeignKey(
                name: "FK_user_logins_users_user_id",
                table: "user_logins");

            migrationBuilder.DropForeignKey(
                name: "FK_user_roles_roles_role_id",
                table: "user_roles");

            migrationBuilder.DropForeignKey(
                name: "FK_user_roles_users_user_id",
                table: "user_roles");

            migrationBuilder.DropForeignKey(
                name: "FK_user_sessions_users_user_id",
                table: "user_sessions");

            migrationBuilder.DropForeignKey(
                name: "FK_user_tokens_users_user_id",
                table: "user_tokens");

            migrationBuilder.DropForeignKey(
                name: "FK_users_educators_educator_id",
                table: "users");

            migrationBuilder.DropForeignKey(
                name: "FK_users_organizations_organization_id",
                table: "users");

            migrationBuilder.DropForeignKey(
                name: "FK_users_regions_region_id",
                table: "users");

            migrationBuilder.DropPrimaryKey(
                name: "PK_users",
                table: "users");

            migrationBuilder.DropPrimaryKey(
                name: "PK_user_tokens",
                table: "user_tokens");

            migrationBuilder.DropPrimaryKey(
                name: "PK_user_sessions",
                table: "user_sessions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_user_roles",
                table: "user_roles");

            migrationBuilder.DropPrimaryKey(
                name: "PK_user_logins",
                table: "user_logins");

            migrationBuilder.DropPrimaryKey(
                name: "PK_user_claims",
                table: "user_claims");

            migrationBuilder.DropPrimaryKey(
                name: "PK_submission_keys",
                table: "submission_keys");

            migrationBuilder.DropPrimaryKey(
                name: "PK_routes",
                table: "routes");

            migrationBuilder.DropPrimaryKey(
                name: "PK_route_items",
                table: "route_items");

            migrationBuilder.DropPrimaryKey(
                name: "PK_route_evidence",
                table: "route_evidence");

            migrationBuilder.DropPrimaryKey(
                name: "PK_roles",
                table: "roles");

            migrationBuilder.DropPrimaryKey(
                name: "PK_role_claims",
                table: "role_claims");

            migrationBuilder.DropPrimaryKey(
                name: "PK_regions",
                table: "regions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_recommendations",
                table: "recommendations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_program_completions",
                table: "program_completions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_professional_programs",
                table: "professional_programs");

            migrationBuilder.DropPrimaryKey(
                name: "PK_organizations",
                table: "organizations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_organization_statuses",
                table: "organization_statuses");

            migrationBuilder.DropPrimaryKey(
                name: "PK_municipalities",
                table: "municipalities");

            migrationBuilder.DropPrimaryKey(
                name: "PK_monitoring_forms",
                table: "monitoring_forms");

            migrationBuilder.DropPrimaryKey(
                name: "PK_monitoring_form_events",
                table: "monitoring_form_events");

            migrationBuilder.DropPrimaryKey(
                name: "PK_monitoring_campaigns",
                table: "monitoring_campaigns");

            migrationBuilder.DropPrimaryKey(
                name: "PK_methodical_events",
                table: "methodical_events");

            migrationBuilder.DropPrimaryKey(
                name: "PK_mentoring_programs",
                table: "mentoring_programs");

            migrationBuilder.DropPrimaryKey(
                name: "PK_mentoring_pairs",
                table: "mentoring_pairs");

            migrationBuilder.DropPrimaryKey(
                name: "PK_instrument_areas",
                table: "instrument_areas");

            migrationBuilder.DropPrimaryKey(
                name: "PK_event_participations",
                table: "event_participations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_employments",
                table: "employments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_educators",
                table: "educators");

            migrationBuilder.DropPrimaryKey(
                name: "PK_diagnostics",
                table: "diagnostics");

            migrationBuilder.DropPrimaryKey(
                name: "PK_diagnostic_scores",
                table: "diagnostic_scores");

            migrationBuilder.DropPrimaryKey(
                name: "PK_diagnostic_instruments",
                table: "diagnostic_instruments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_diagnostic_deficits",
                table: "diagnostic_deficits");

            migrationBuilder.DropPrimaryKey(
                name: "PK_competence_areas",
                table: "competence_areas");

            migrationBuilder.DropPrimaryKey(
                name: "PK_community_memberships",
                table: "community_memberships");

            migrationBuilder.DropPrimaryKey(
                name: "PK_communities",
                table: "communities");

            migrationBuilder.DropPrimaryKey(
                name: "PK_category_assignments",
                table: "category_assignments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_audit_entries",
                table: "audit_entries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_access_records",
                table: "access_records");

            migrationBuilder.RenameIndex(
                name: "IX_users_region_id",
                table: "users",
                newName: "ix_users_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_users_organization_id",
                table: "users",
                newName: "ix_users_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_users_educator_id",
                table: "users",
                newName: "ix_users_educator_id");

            migrationBuilder.RenameIndex(
                name: "IX_user_sessions_user_id",
                table: "user_sessions",
                newName: "ix_user_sessions_user_id");

            migrationBuilder.RenameIndex(
                name: "IX_user_sessions_expires_at",
                table: "user_sessions",
                newName: "ix_user_sessions_expires_at");

            migrationBuilder.RenameIndex(
                name: "IX_user_roles_role_id",
                table: "user_roles",
                newName: "ix_user_roles_role_id");

            migrationBuilder.RenameIndex(
                name: "IX_user_logins_user_id",
                table: "user_logins",
                newName: "ix_user_logins_user_id");

            migrationBuilder.RenameIndex(
                name: "IX_user_claims_user_id",
                table: "user_claims",
                newName: "ix_user_claims_user_id");

            migrationBuilder.RenameIndex(
                name: "IX_submission_keys_taken_at",
                table: "submission_keys",
                newName: "ix_submission_keys_taken_at");

            migrationBuilder.RenameIndex(
                name: "IX_routes_tutor_user_id",
                table: "routes",
                newName: "ix_routes_tutor_user_id");

            migrationBuilder.RenameIndex(
                name: "IX_routes_region_id",
                table: "routes",
                newName: "ix_routes_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_routes_organization_id_status",
                table: "routes",
                newName: "ix_routes_organization_id_status");

            migrationBuilder.RenameIndex(
                name: "IX_routes_educator_id",
                table: "routes",
                newName: "ix_routes_educator_id");

            migrationBuilder.RenameIndex(
                name: "IX_routes_diagnostic_id",
                table: "routes",
                newName: "ix_routes_diagnostic_id");

            migrationBuilder.RenameIndex(
                name: "IX_routes_approved_by_user_id",
                table: "routes",
                newName: "ix_routes_approved_by_user_id");

            migrationBuilder.RenameIndex(
                name: "IX_route_items_route_id",
                table: "route_items",
                newName: "ix_route_items_route_id");

            migrationBuilder.RenameIndex(
                name: "IX_route_items_region_id",
                table: "route_items",
                newName: "ix_route_items_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_route_items_organization_id",
                table: "route_items",
                newName: "ix_route_items_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_route_items_educator_id_status_deadline",
                table: "route_items",
                newName: "ix_route_items_educator_id_status_deadline");

            migrationBuilder.RenameIndex(
                name: "IX_route_items_confirmed_by_user_id",
                table: "route_items",
                newName: "ix_route_items_confirmed_by_user_id");

            migrationBuilder.RenameIndex(
                name: "IX_route_items_competence_area_id",
                table: "route_items",
                newName: "ix_route_items_competence_area_id");

            migrationBuilder.RenameIndex(
                name: "IX_route_evidence_uploaded_by_user_id",
                table: "route_evidence",
                newName: "ix_route_evidence_uploaded_by_user_id");

            migrationBuilder.RenameIndex(
                name: "IX_route_evidence_route_item_id",
                table: "route_evidence",
                newName: "ix_route_evidence_route_item_id");

            migrationBuilder.RenameIndex(
                name: "IX_route_evidence_region_id",
                table: "route_evidence",
                newName: "ix_route_evidence_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_route_evidence_organization_id",
                table: "route_evidence",
                newName: "ix_route_evidence_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_route_evidence_educator_id",
                table: "route_evidence",
                newName: "ix_route_evidence_educator_id");

            migrationBuilder.RenameIndex(
                name: "IX_role_claims_role_id",
                table: "role_claims",
                newName: "ix_role_claims_role_id");

            migrationBuilder.RenameIndex(
                name: "IX_regions_code",
                table: "regions",
                newName: "ix_regions_code");

            migrationBuilder.RenameIndex(
                name: "IX_recommendations_region_id",
                table: "recommendations",
                newName: "ix_recommendations_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_recommendations_organization_id_campaign_id_indicator_source",
                table: "recommendations",
                newName: "ix_recommendations_organization_id_campaign_id_indicator_source");

            migrationBuilder.RenameIndex(
                name: "IX_recommendations_municipality_id_campaign_id_indicator_source",
                table: "recommendations",
                newName: "ix_recommendations_municipality_id_campaign_id_indicator_source");

            migrationBuilder.RenameIndex(
                name: "IX_recommendations_campaign_id",
                table: "recommendations",
                newName: "ix_recommendations_campaign_id");

            migrationBuilder.RenameIndex(
                name: "IX_program_completions_region_id",
                table: "program_completions",
                newName: "ix_program_completions_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_program_completions_program_id",
                table: "program_completions",
                newName: "ix_program_completions_program_id");

            migrationBuilder.RenameIndex(
                name: "IX_program_completions_organization_id",
                table: "program_completions",
                newName: "ix_program_completions_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_program_completions_educator_id_program_id_completed_on",
                table: "program_completions",
                newName: "ix_program_completions_educator_id_program_id_completed_on");

            migrationBuilder.RenameIndex(
                name: "IX_professional_programs_region_id",
                table: "professional_programs",
                newName: "ix_professional_programs_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_organizations_region_id_name",
                table: "organizations",
                newName: "ix_organizations_region_id_name");

            migrationBuilder.RenameIndex(
                name: "IX_organizations_path",
                table: "organizations",
                newName: "ix_organizations_path");

            migrationBuilder.RenameIndex(
                name: "IX_organizations_parent_id",
                table: "organizations",
                newName: "ix_organizations_parent_id");

            migrationBuilder.RenameIndex(
                name: "IX_organizations_municipality_id",
                table: "organizations",
                newName: "ix_organizations_municipality_id");

            migrationBuilder.RenameIndex(
                name: "IX_organization_statuses_region_id",
                table: "organization_statuses",
                newName: "ix_organization_statuses_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_organization_statuses_organization_id",
                table: "organization_statuses",
                newName: "ix_organization_statuses_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_municipalities_region_id_code",
                table: "municipalities",
                newName: "ix_municipalities_region_id_code");

            migrationBuilder.RenameIndex(
                name: "IX_monitoring_forms_region_id",
                table: "monitoring_forms",
                newName: "ix_monitoring_forms_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_monitoring_forms_organization_id",
                table: "monitoring_forms",
                newName: "ix_monitoring_forms_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_monitoring_forms_campaign_id_organization_id",
                table: "monitoring_forms",
                newName: "ix_monitoring_forms_campaign_id_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_monitoring_form_events_user_id",
                table: "monitoring_form_events",
                newName: "ix_monitoring_form_events_user_id");

            migrationBuilder.RenameIndex(
                name: "IX_monitoring_form_events_region_id",
                table: "monitoring_form_events",
                newName: "ix_monitoring_form_events_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_monitoring_form_events_organization_id",
                table: "monitoring_form_events",
                newName: "ix_monitoring_form_events_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_monitoring_form_events_form_id",
                table: "monitoring_form_events",
                newName: "ix_monitoring_form_events_form_id");

            migrationBuilder.RenameIndex(
                name: "IX_monitoring_campaigns_region_id_year",
                table: "monitoring_campaigns",
                newName: "ix_monitoring_campaigns_region_id_year");

            migrationBuilder.RenameIndex(
                name: "IX_methodical_events_region_id_starts_on",
                table: "methodical_events",
                newName: "ix_methodical_events_region_id_starts_on");

            migrationBuilder.RenameIndex(
                name: "IX_methodical_events_organization_id",
                table: "methodical_events",
                newName: "ix_methodical_events_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_methodical_events_municipality_id",
                table: "methodical_events",
                newName: "ix_methodical_events_municipality_id");

            migrationBuilder.RenameIndex(
                name: "IX_mentoring_programs_region_id",
                table: "mentoring_programs",
                newName: "ix_mentoring_programs_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_mentoring_programs_organization_id",
                table: "mentoring_programs",
                newName: "ix_mentoring_programs_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_mentoring_programs_curator_id",
                table: "mentoring_programs",
                newName: "ix_mentoring_programs_curator_id");

            migrationBuilder.RenameIndex(
                name: "IX_mentoring_pairs_region_id",
                table: "mentoring_pairs",
                newName: "ix_mentoring_pairs_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_mentoring_pairs_program_id",
                table: "mentoring_pairs",
                newName: "ix_mentoring_pairs_program_id");

            migrationBuilder.RenameIndex(
                name: "IX_mentoring_pairs_organization_id",
                table: "mentoring_pairs",
                newName: "ix_mentoring_pairs_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_mentoring_pairs_mentor_id",
                table: "mentoring_pairs",
                newName: "ix_mentoring_pairs_mentor_id");

            migrationBuilder.RenameIndex(
                name: "IX_mentoring_pairs_mentee_id",
                table: "mentoring_pairs",
                newName: "ix_mentoring_pairs_mentee_id");

            migrationBuilder.RenameIndex(
                name: "IX_instrument_areas_region_id",
                table: "instrument_areas",
                newName: "ix_instrument_areas_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_instrument_areas_instrument_id_competence_area_id",
                table: "instrument_areas",
                newName: "ix_instrument_areas_instrument_id_competence_area_id");

            migrationBuilder.RenameIndex(
                name: "IX_instrument_areas_competence_area_id",
                table: "instrument_areas",
                newName: "ix_instrument_areas_competence_area_id");

            migrationBuilder.RenameIndex(
                name: "IX_event_participations_region_id",
                table: "event_participations",
                newName: "ix_event_participations_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_event_participations_organization_id",
                table: "event_participations",
                newName: "ix_event_participations_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_event_participations_event_id_educator_id",
                table: "event_participations",
                newName: "ix_event_participations_event_id_educator_id");

            migrationBuilder.RenameIndex(
                name: "IX_event_participations_educator_id",
                table: "event_participations",
                newName: "ix_event_participations_educator_id");

            migrationBuilder.RenameIndex(
                name: "IX_employments_region_id",
                table: "employments",
                newName: "ix_employments_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_employments_organization_id_personnel_number",
                table: "employments",
                newName: "ix_employments_organization_id_personnel_number");

            migrationBuilder.RenameIndex(
                name: "IX_employments_organization_id",
                table: "employments",
                newName: "ix_employments_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_employments_educator_id",
                table: "employments",
                newName: "ix_employments_educator_id");

            migrationBuilder.RenameIndex(
                name: "IX_educators_region_id_match_key",
                table: "educators",
                newName: "ix_educators_region_id_match_key");

            migrationBuilder.RenameIndex(
                name: "IX_educators_region_id_last_name_first_name",
                table: "educators",
                newName: "ix_educators_region_id_last_name_first_name");

            migrationBuilder.RenameIndex(
                name: "IX_diagnostics_region_id",
                table: "diagnostics",
                newName: "ix_diagnostics_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_diagnostics_organization_id_date",
                table: "diagnostics",
                newName: "ix_diagnostics_organization_id_date");

            migrationBuilder.RenameIndex(
                name: "IX_diagnostics_instrument_id",
                table: "diagnostics",
                newName: "ix_diagnostics_instrument_id");

            migrationBuilder.RenameIndex(
                name: "IX_diagnostics_educator_id_date",
                table: "diagnostics",
                newName: "ix_diagnostics_educator_id_date");

            migrationBuilder.RenameIndex(
                name: "IX_diagnostic_scores_region_id",
                table: "diagnostic_scores",
                newName: "ix_diagnostic_scores_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_diagnostic_scores_organization_id",
                table: "diagnostic_scores",
                newName: "ix_diagnostic_scores_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_diagnostic_scores_educator_id",
                table: "diagnostic_scores",
                newName: "ix_diagnostic_scores_educator_id");

            migrationBuilder.RenameIndex(
                name: "IX_diagnostic_scores_diagnostic_id_competence_area_id",
                table: "diagnostic_scores",
                newName: "ix_diagnostic_scores_diagnostic_id_competence_area_id");

            migrationBuilder.RenameIndex(
                name: "IX_diagnostic_scores_competence_area_id",
                table: "diagnostic_scores",
                newName: "ix_diagnostic_scores_competence_area_id");

            migrationBuilder.RenameIndex(
                name: "IX_diagnostic_instruments_region_id_title",
                table: "diagnostic_instruments",
                newName: "ix_diagnostic_instruments_region_id_title");

            migrationBuilder.RenameIndex(
                name: "IX_diagnostic_deficits_region_id",
                table: "diagnostic_deficits",
                newName: "ix_diagnostic_deficits_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_diagnostic_deficits_organization_id",
                table: "diagnostic_deficits",
                newName: "ix_diagnostic_deficits_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_diagnostic_deficits_educator_id",
                table: "diagnostic_deficits",
                newName: "ix_diagnostic_deficits_educator_id");

            migrationBuilder.RenameIndex(
                name: "IX_diagnostic_deficits_diagnostic_id_competence_area_id",
                table: "diagnostic_deficits",
                newName: "ix_diagnostic_deficits_diagnostic_id_competence_area_id");

            migrationBuilder.RenameIndex(
                name: "IX_diagnostic_deficits_competence_area_id",
                table: "diagnostic_deficits",
                newName: "ix_diagnostic_deficits_competence_area_id");

            migrationBuilder.RenameIndex(
                name: "IX_competence_areas_region_id_name",
                table: "competence_areas",
                newName: "ix_competence_areas_region_id_name");

            migrationBuilder.RenameIndex(
                name: "IX_community_memberships_region_id",
                table: "community_memberships",
                newName: "ix_community_memberships_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_community_memberships_organization_id",
                table: "community_memberships",
                newName: "ix_community_memberships_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_community_memberships_educator_id",
                table: "community_memberships",
                newName: "ix_community_memberships_educator_id");

            migrationBuilder.RenameIndex(
                name: "IX_community_memberships_community_id",
                table: "community_memberships",
                newName: "ix_community_memberships_community_id");

            migrationBuilder.RenameIndex(
                name: "IX_communities_region_id_municipality_id",
                table: "communities",
                newName: "ix_communities_region_id_municipality_id");

            migrationBuilder.RenameIndex(
                name: "IX_communities_organization_id",
                table: "communities",
                newName: "ix_communities_organization_id");

            migrationBuilder.RenameIndex(
                name: "IX_communities_municipality_id",
                table: "communities",
                newName: "ix_communities_municipality_id");

            migrationBuilder.RenameIndex(
                name: "IX_category_assignments_region_id",
                table: "category_assignments",
                newName: "ix_category_assignments_region_id");

            migrationBuilder.RenameIndex(
                name: "IX_category_assignments_educator_id",
                table: "category_assignments",
                newName: "ix_category_assignments_educator_id");

            migrationBuilder.RenameIndex(
                name: "IX_audit_entries_user_id",
                table: "audit_entries",
                newName: "ix_audit_entries_user_id");

            migrationBuilder.RenameIndex(
                name: "IX_audit_entries_region_id_at",
                table: "audit_entries",
                newName: "ix_audit_entries_region_id_at");

            migrationBuilder.RenameIndex(
                name: "IX_audit_entries_entity_type_entity_id",
                table: "audit_entries",
                newName: "ix_audit_entries_entity_type_entity_id");

            migrationBuilder.RenameIndex(
                name: "IX_access_records_user_id_at",
                table: "access_records",
                newName: "ix_access_records_user_id_at");

            migrationBuilder.RenameIndex(
                name: "IX_access_records_region_id_at",
                table: "access_records",
                newName: "ix_access_records_region_id_at");

            migrationBuilder.RenameIndex(
                name: "IX_access_records_educator_id_at",
                table: "access_records",
                newName: "ix_access_records_educator_id_at");

            migrationBuilder.RenameIndex(
                name: "IX_access_records_at",
                table: "access_records",
                newName: "ix_access_records_at");

            migrationBuilder.AddPrimaryKey(
                name: "pk_users",
                table: "users",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_user_tokens",
                table: "user_tokens",
                columns: new[] { "user_id", "login_provider", "name" });

            migrationBuilder.AddPrimaryKey(
                name: "pk_user_sessions",
                table: "user_sessions",
                column: "key");

            migrationBuilder.AddPrimaryKey(
                name: "pk_user_roles",
                table: "user_roles",
                columns: new[] { "user_id", "role_id" });

            migrationBuilder.AddPrimaryKey(
                name: "pk_user_logins",
                table: "user_logins",
                columns: new[] { "login_provider", "provider_key" });

            migrationBuilder.AddPrimaryKey(
                name: "pk_user_claims",
                table: "user_claims",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_submission_keys",
                table: "submission_keys",
                column: "key");

            migrationBuilder.AddPrimaryKey(
                name: "pk_routes",
                table: "routes",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_route_items",
                table: "route_items",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_route_evidence",
                table: "route_evidence",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_roles",
                table: "roles",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_role_claims",
                table: "role_claims",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_regions",
                table: "regions",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_recommendations",
                table: "recommendations",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_program_completions",
                table: "program_completions",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_professional_programs",
                table: "professional_programs",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_organizations",
                table: "organizations",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_organization_statuses",
                table: "organization_statuses",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_municipalities",
                table: "municipalities",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_monitoring_forms",
                table: "monitoring_forms",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_monitoring_form_events",
                table: "monitoring_form_events",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_monitoring_campaigns",
                table: "monitoring_campaigns",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_methodical_events",
                table: "methodical_events",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_mentoring_programs",
                table: "mentoring_programs",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_mentoring_pairs",
                table: "mentoring_pairs",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_instrument_areas",
                table: "instrument_areas",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_event_participations",
                table: "event_participations",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_employments",
                table: "employments",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_educators",
                table: "educators",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_diagnostics",
                table: "diagnostics",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_diagnostic_scores",
                table: "diagnostic_scores",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_diagnostic_instruments",
                table: "diagnostic_instruments",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_diagnostic_deficits",
                table: "diagnostic_deficits",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_competence_areas",
                table: "competence_areas",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_community_memberships",
                table: "community_memberships",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_communities",
                table: "communities",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_category_assignments",
                table: "category_assignments",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_audit_entries",
                table: "audit_entries",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_access_records",
                table: "access_records",
                column: "id");

            migrationBuilder.AddForeignKey(
                name: "fk_category_assignments_educators_educator_id",
                table: "category_assignments",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_category_assignments_regions_region_id",
                table: "category_assignments",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_communities_municipalities_municipality_id",
                table: "communities",
                column: "municipality_id",
                principalTable: "municipalities",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_communities_organizations_organization_id",
                table: "communities",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_communities_regions_region_id",
                table: "communities",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_community_memberships_communities_community_id",
                table: "community_memberships",
                column: "community_id",
                principalTable: "communities",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_community_memberships_educators_educator_id",
                table: "community_memberships",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_community_memberships_organizations_organization_id",
                table: "community_memberships",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_community_memberships_regions_region_id",
                table: "community_memberships",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_competence_areas_regions_region_id",
                table: "competence_areas",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_diagnostic_deficits_competence_areas_competence_area_id",
                table: "diagnostic_deficits",
                column: "competence_area_id",
                principalTable: "competence_areas",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_diagnostic_deficits_diagnostics_diagnostic_id",
                table: "diagnostic_deficits",
                column: "diagnostic_id",
                principalTable: "diagnostics",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_diagnostic_deficits_educators_educator_id",
                table: "diagnostic_deficits",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_diagnostic_deficits_organizations_organization_id",
                table: "diagnostic_deficits",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_diagnostic_deficits_regions_region_id",
                table: "diagnostic_deficits",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_diagnostic_instruments_regions_region_id",
                table: "diagnostic_instruments",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_diagnostic_scores_competence_areas_competence_area_id",
                table: "diagnostic_scores",
                column: "competence_area_id",
                principalTable: "competence_areas",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_diagnostic_scores_diagnostics_diagnostic_id",
                table: "diagnostic_scores",
                column: "diagnostic_id",
                principalTable: "diagnostics",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_diagnostic_scores_educators_educator_id",
                table: "diagnostic_scores",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_diagnostic_scores_organizations_organization_id",
                table: "diagnostic_scores",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_diagnostic_scores_regions_region_id",
                table: "diagnostic_scores",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_diagnostics_diagnostic_instruments_instrument_id",
                table: "diagnostics",
                column: "instrument_id",
                principalTable: "diagnostic_instruments",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_diagnostics_educators_educator_id",
                table: "diagnostics",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_diagnostics_organizations_organization_id",
                table: "diagnostics",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_diagnostics_regions_region_id",
                table: "diagnostics",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_educators_regions_region_id",
                table: "educators",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_employments_educators_educator_id",
                table: "employments",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_employments_organizations_organization_id",
                table: "employments",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_employments_regions_region_id",
                table: "employments",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_event_participations_educators_educator_id",
                table: "event_participations",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_event_participations_methodical_events_event_id",
                table: "event_participations",
                column: "event_id",
                principalTable: "methodical_events",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_event_participations_organizations_organization_id",
                table: "event_participations",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_event_participations_regions_region_id",
                table: "event_participations",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_instrument_areas_competence_areas_competence_area_id",
                table: "instrument_areas",
                column: "competence_area_id",
                principalTable: "competence_areas",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_instrument_areas_diagnostic_instruments_instrument_id",
                table: "instrument_areas",
                column: "instrument_id",
                principalTable: "diagnostic_instruments",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_instrument_areas_regions_region_id",
                table: "instrument_areas",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_mentoring_pairs_educators_mentee_id",
                table: "mentoring_pairs",
                column: "mentee_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_mentoring_pairs_educators_mentor_id",
                table: "mentoring_pairs",
                column: "mentor_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_mentoring_pairs_mentoring_programs_program_id",
                table: "mentoring_pairs",
                column: "program_id",
                principalTable: "mentoring_programs",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_mentoring_pairs_organizations_organization_id",
                table: "mentoring_pairs",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_mentoring_pairs_regions_region_id",
                table: "mentoring_pairs",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_mentoring_programs_educators_curator_id",
                table: "mentoring_programs",
                column: "curator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_mentoring_programs_organizations_organization_id",
                table: "mentoring_programs",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_mentoring_programs_regions_region_id",
                table: "mentoring_programs",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_methodical_events_municipalities_municipality_id",
                table: "methodical_events",
                column: "municipality_id",
                principalTable: "municipalities",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_methodical_events_organizations_organization_id",
                table: "methodical_events",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_methodical_events_regions_region_id",
                table: "methodical_events",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_monitoring_campaigns_regions_region_id",
                table: "monitoring_campaigns",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_monitoring_form_events_monitoring_forms_form_id",
                table: "monitoring_form_events",
                column: "form_id",
                principalTable: "monitoring_forms",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_monitoring_form_events_organizations_organization_id",
                table: "monitoring_form_events",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_monitoring_form_events_regions_region_id",
                table: "monitoring_form_events",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_monitoring_form_events_users_user_id",
                table: "monitoring_form_events",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_monitoring_forms_monitoring_campaigns_campaign_id",
                table: "monitoring_forms",
                column: "campaign_id",
                principalTable: "monitoring_campaigns",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_monitoring_forms_organizations_organization_id",
                table: "monitoring_forms",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_monitoring_forms_regions_region_id",
                table: "monitoring_forms",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_municipalities_regions_region_id",
                table: "municipalities",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_organization_statuses_organizations_organization_id",
                table: "organization_statuses",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_organization_statuses_regions_region_id",
                table: "organization_statuses",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_organizations_municipalities_municipality_id",
                table: "organizations",
                column: "municipality_id",
                principalTable: "municipalities",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_organizations_organizations_parent_id",
                table: "organizations",
                column: "parent_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_organizations_regions_region_id",
                table: "organizations",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_professional_programs_regions_region_id",
                table: "professional_programs",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_program_completions_educators_educator_id",
                table: "program_completions",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_program_completions_organizations_organization_id",
                table: "program_completions",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_program_completions_professional_programs_program_id",
                table: "program_completions",
                column: "program_id",
                principalTable: "professional_programs",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_program_completions_regions_region_id",
                table: "program_completions",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_recommendations_monitoring_campaigns_campaign_id",
                table: "recommendations",
                column: "campaign_id",
                principalTable: "monitoring_campaigns",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_recommendations_municipalities_municipality_id",
                table: "recommendations",
                column: "municipality_id",
                principalTable: "municipalities",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_recommendations_organizations_organization_id",
                table: "recommendations",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_recommendations_regions_region_id",
                table: "recommendations",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_role_claims_roles_role_id",
                table: "role_claims",
                column: "role_id",
                principalTable: "roles",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_route_evidence_educators_educator_id",
                table: "route_evidence",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_route_evidence_organizations_organization_id",
                table: "route_evidence",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_route_evidence_regions_region_id",
                table: "route_evidence",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_route_evidence_route_items_route_item_id",
                table: "route_evidence",
                column: "route_item_id",
                principalTable: "route_items",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_route_evidence_users_uploaded_by_user_id",
                table: "route_evidence",
                column: "uploaded_by_user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_route_items_competence_areas_competence_area_id",
                table: "route_items",
                column: "competence_area_id",
                principalTable: "competence_areas",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_route_items_educators_educator_id",
                table: "route_items",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_route_items_organizations_organization_id",
                table: "route_items",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_route_items_regions_region_id",
                table: "route_items",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_route_items_routes_route_id",
                table: "route_items",
                column: "route_id",
                principalTable: "routes",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_route_items_users_confirmed_by_user_id",
                table: "route_items",
                column: "confirmed_by_user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_routes_diagnostics_diagnostic_id",
                table: "routes",
                column: "diagnostic_id",
                principalTable: "diagnostics",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_routes_educators_educator_id",
                table: "routes",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_routes_organizations_organization_id",
                table: "routes",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_routes_regions_region_id",
                table: "routes",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_routes_users_approved_by_user_id",
                table: "routes",
                column: "approved_by_user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_routes_users_tutor_user_id",
                table: "routes",
                column: "tutor_user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_user_claims_users_user_id",
                table: "user_claims",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_user_logins_users_user_id",
                table: "user_logins",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_user_roles_roles_role_id",
                table: "user_roles",
                column: "role_id",
                principalTable: "roles",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_user_roles_users_user_id",
                table: "user_roles",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_user_sessions_users_user_id",
                table: "user_sessions",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_user_tokens_users_user_id",
                table: "user_tokens",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_users_educators_educator_id",
                table: "users",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_users_organizations_organization_id",
                table: "users",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_users_regions_region_id",
                table: "users",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_category_assignments_educators_educator_id",
                table: "category_assignments");

            migrationBuilder.DropForeignKey(
                name: "fk_category_assignments_regions_region_id",
                table: "category_assignments");

            migrationBuilder.DropForeignKey(
                name: "fk_communities_municipalities_municipality_id",
                table: "communities");

            migrationBuilder.DropForeignKey(
                name: "fk_communities_organizations_organization_id",
                table: "communities");

            migrationBuilder.DropForeignKey(
                name: "fk_communities_regions_region_id",
                table: "communities");

            migrationBuilder.DropForeignKey(
                name: "fk_community_memberships_communities_community_id",
                table: "community_memberships");

            migrationBuilder.DropForeignKey(
                name: "fk_community_memberships_educators_educator_id",
                table: "community_memberships");

            migrationBuilder.DropForeignKey(
                name: "fk_community_memberships_organizations_organization_id",
                table: "community_memberships");

            migrationBuilder.DropForeignKey(
                name: "fk_community_memberships_regions_region_id",
                table: "community_memberships");

            migrationBuilder.DropForeignKey(
                name: "fk_competence_areas_regions_region_id",
                table: "competence_areas");

            migrationBuilder.DropForeignKey(
                name: "fk_diagnostic_deficits_competence_areas_competence_area_id",
                table: "diagnostic_deficits");

            migrationBuilder.DropForeignKey(
                name: "fk_diagnostic_deficits_diagnostics_diagnostic_id",
                table: "diagnostic_deficits");

            migrationBuilder.DropForeignKey(
                name: "fk_diagnostic_deficits_educators_educator_id",
                table: "diagnostic_deficits");

            migrationBuilder.DropForeignKey(
                name: "fk_diagnostic_deficits_organizations_organization_id",
                table: "diagnostic_deficits");

            migrationBuilder.DropForeignKey(
                name: "fk_diagnostic_deficits_regions_region_id",
                table: "diagnostic_deficits");

            migrationBuilder.DropForeignKey(
                name: "fk_diagnostic_instruments_regions_region_id",
                table: "diagnostic_instruments");

            migrationBuilder.DropForeignKey(
                name: "fk_diagnostic_scores_competence_areas_competence_area_id",
                table: "diagnostic_scores");

            migrationBuilder.DropForeignKey(
                name: "fk_diagnostic_scores_diagnostics_diagnostic_id",
                table: "diagnostic_scores");

            migrationBuilder.DropForeignKey(
                name: "fk_diagnostic_scores_educators_educator_id",
                table: "diagnostic_scores");

            migrationBuilder.DropForeignKey(
                name: "fk_diagnostic_scores_organizations_organization_id",
                table: "diagnostic_scores");

            migrationBuilder.DropForeignKey(
                name: "fk_diagnostic_scores_regions_region_id",
                table: "diagnostic_scores");

            migrationBuilder.DropForeignKey(
                name: "fk_diagnostics_diagnostic_instruments_instrument_id",
                table: "diagnostics");

            migrationBuilder.DropForeignKey(
                name: "fk_diagnostics_educators_educator_id",
                table: "diagnostics");

            migrationBuilder.DropForeignKey(
                name: "fk_diagnostics_organizations_organization_id",
                table: "diagnostics");

            migrationBuilder.DropForeignKey(
                name: "fk_diagnostics_regions_region_id",
                table: "diagnostics");

            migrationBuilder.DropForeignKey(
                name: "fk_educators_regions_region_id",
                table: "educators");

            migrationBuilder.DropForeignKey(
                name: "fk_employments_educators_educator_id",
                table: "employments");

            migrationBuilder.DropForeignKey(
                name: "fk_employments_organizations_organization_id",
                table: "employments");

            migrationBuilder.DropForeignKey(
                name: "fk_employments_regions_region_id",
                table: "employments");

            migrationBuilder.DropForeignKey(
                name: "fk_event_participations_educators_educator_id",
                table: "event_participations");

            migrationBuilder.DropForeignKey(
                name: "fk_event_participations_methodical_events_event_id",
                table: "event_participations");

            migrationBuilder.DropForeignKey(
                name: "fk_event_participations_organizations_organization_id",
                table: "event_participations");

            migrationBuilder.DropForeignKey(
                name: "fk_event_participations_regions_region_id",
                table: "event_participations");

            migrationBuilder.DropForeignKey(
                name: "fk_instrument_areas_competence_areas_competence_area_id",
                table: "instrument_areas");

            migrationBuilder.DropForeignKey(
                name: "fk_instrument_areas_diagnostic_instruments_instrument_id",
                table: "instrument_areas");

            migrationBuilder.DropForeignKey(
                name: "fk_instrument_areas_regions_region_id",
                table: "instrument_areas");

            migrationBuilder.DropForeignKey(
                name: "fk_mentoring_pairs_educators_mentee_id",
                table: "mentoring_pairs");

            migrationBuilder.DropForeignKey(
                name: "fk_mentoring_pairs_educators_mentor_id",
                table: "mentoring_pairs");

            migrationBuilder.DropForeignKey(
                name: "fk_mentoring_pairs_mentoring_programs_program_id",
                table: "mentoring_pairs");

            migrationBuilder.DropForeignKey(
                name: "fk_mentoring_pairs_organizations_organization_id",
                table: "mentoring_pairs");

            migrationBuilder.DropForeignKey(
                name: "fk_mentoring_pairs_regions_region_id",
                table: "mentoring_pairs");

            migrationBuilder.DropForeignKey(
                name: "fk_mentoring_programs_educators_curator_id",
                table: "mentoring_programs");

            migrationBuilder.DropForeignKey(
                name: "fk_mentoring_programs_organizations_organization_id",
                table: "mentoring_programs");

            migrationBuilder.DropForeignKey(
                name: "fk_mentoring_programs_regions_region_id",
                table: "mentoring_programs");

            migrationBuilder.DropForeignKey(
                name: "fk_methodical_events_municipalities_municipality_id",
                table: "methodical_events");

            migrationBuilder.DropForeignKey(
                name: "fk_methodical_events_organizations_organization_id",
                table: "methodical_events");

            migrationBuilder.DropForeignKey(
                name: "fk_methodical_events_regions_region_id",
                table: "methodical_events");

            migrationBuilder.DropForeignKey(
                name: "fk_monitoring_campaigns_regions_region_id",
                table: "monitoring_campaigns");

            migrationBuilder.DropForeignKey(
                name: "fk_monitoring_form_events_monitoring_forms_form_id",
                table: "monitoring_form_events");

            migrationBuilder.DropForeignKey(
                name: "fk_monitoring_form_events_organizations_organization_id",
                table: "monitoring_form_events");

            migrationBuilder.DropForeignKey(
                name: "fk_monitoring_form_events_regions_region_id",
                table: "monitoring_form_events");

            migrationBuilder.DropForeignKey(
                name: "fk_monitoring_form_events_users_user_id",
                table: "monitoring_form_events");

            migrationBuilder.DropForeignKey(
                name: "fk_monitoring_forms_monitoring_campaigns_campaign_id",
                table: "monitoring_forms");

            migrationBuilder.DropForeignKey(
                name: "fk_monitoring_forms_organizations_organization_id",
                table: "monitoring_forms");

            migrationBuilder.DropForeignKey(
                name: "fk_monitoring_forms_regions_region_id",
                table: "monitoring_forms");

            migrationBuilder.DropForeignKey(
                name: "fk_municipalities_regions_region_id",
                table: "municipalities");

            migrationBuilder.DropForeignKey(
                name: "fk_organization_statuses_organizations_organization_id",
                table: "organization_statuses");

            migrationBuilder.DropForeignKey(
                name: "fk_organization_statuses_regions_region_id",
                table: "organization_statuses");

            migrationBuilder.DropForeignKey(
                name: "fk_organizations_municipalities_municipality_id",
                table: "organizations");

            migrationBuilder.DropForeignKey(
                name: "fk_organizations_organizations_parent_id",
                table: "organizations");

            migrationBuilder.DropForeignKey(
                name: "fk_organizations_regions_region_id",
                table: "organizations");

            migrationBuilder.DropForeignKey(
                name: "fk_professional_programs_regions_region_id",
                table: "professional_programs");

            migrationBuilder.DropForeignKey(
                name: "fk_program_completions_educators_educator_id",
                table: "program_completions");

            migrationBuilder.DropForeignKey(
                name: "fk_program_completions_organizations_organization_id",
                table: "program_completions");

            migrationBuilder.DropForeignKey(
                name: "fk_program_completions_professional_programs_program_id",
                table: "program_completions");

            migrationBuilder.DropForeignKey(
                name: "fk_program_completions_regions_region_id",
                table: "program_completions");

            migrationBuilder.DropForeignKey(
                name: "fk_recommendations_monitoring_campaigns_campaign_id",
                table: "recommendations");

            migrationBuilder.DropForeignKey(
                name: "fk_recommendations_municipalities_municipality_id",
                table: "recommendations");

            migrationBuilder.DropForeignKey(
                name: "fk_recommendations_organizations_organization_id",
                table: "recommendations");

            migrationBuilder.DropForeignKey(
                name: "fk_recommendations_regions_region_id",
                table: "recommendations");

            migrationBuilder.DropForeignKey(
                name: "fk_role_claims_roles_role_id",
                table: "role_claims");

            migrationBuilder.DropForeignKey(
                name: "fk_route_evidence_educators_educator_id",
                table: "route_evidence");

            migrationBuilder.DropForeignKey(
                name: "fk_route_evidence_organizations_organization_id",
                table: "route_evidence");

            migrationBuilder.DropForeignKey(
                name: "fk_route_evidence_regions_region_id",
                table: "route_evidence");

            migrationBuilder.DropForeignKey(
                name: "fk_route_evidence_route_items_route_item_id",
                table: "route_evidence");

            migrationBuilder.DropForeignKey(
                name: "fk_route_evidence_users_uploaded_by_user_id",
                table: "route_evidence");

            migrationBuilder.DropForeignKey(
                name: "fk_route_items_competence_areas_competence_area_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "fk_route_items_educators_educator_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "fk_route_items_organizations_organization_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "fk_route_items_regions_region_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "fk_route_items_routes_route_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "fk_route_items_users_confirmed_by_user_id",
                table: "route_items");

            migrationBuilder.DropForeignKey(
                name: "fk_routes_diagnostics_diagnostic_id",
                table: "routes");

            migrationBuilder.DropForeignKey(
                name: "fk_routes_educators_educator_id",
                table: "routes");

            migrationBuilder.DropForeignKey(
                name: "fk_routes_organizations_organization_id",
                table: "routes");

            migrationBuilder.DropForeignKey(
                name: "fk_routes_regions_region_id",
                table: "routes");

            migrationBuilder.DropForeignKey(
                name: "fk_routes_users_approved_by_user_id",
                table: "routes");

            migrationBuilder.DropForeignKey(
                name: "fk_routes_users_tutor_user_id",
                table: "routes");

            migrationBuilder.DropForeignKey(
                name: "fk_user_claims_users_user_id",
                table: "user_claims");

            migrationBuilder.DropForeignKey(
                name: "fk_user_logins_users_user_id",
                table: "user_logins");

            migrationBuilder.DropForeignKey(
                name: "fk_user_roles_roles_role_id",
                table: "user_roles");

            migrationBuilder.DropForeignKey(
                name: "fk_user_roles_users_user_id",
                table: "user_roles");

            migrationBuilder.DropForeignKey(
                name: "fk_user_sessions_users_user_id",
                table: "user_sessions");

            migrationBuilder.DropForeignKey(
                name: "fk_user_tokens_users_user_id",
                table: "user_tokens");

            migrationBuilder.DropForeignKey(
                name: "fk_users_educators_educator_id",
                table: "users");

            migrationBuilder.DropForeignKey(
                name: "fk_users_organizations_organization_id",
                table: "users");

            migrationBuilder.DropForeignKey(
                name: "fk_users_regions_region_id",
                table: "users");

            migrationBuilder.DropPrimaryKey(
                name: "pk_users",
                table: "users");

            migrationBuilder.DropPrimaryKey(
                name: "pk_user_tokens",
                table: "user_tokens");

            migrationBuilder.DropPrimaryKey(
                name: "pk_user_sessions",
                table: "user_sessions");

            migrationBuilder.DropPrimaryKey(
                name: "pk_user_roles",
                table: "user_roles");

            migrationBuilder.DropPrimaryKey(
                name: "pk_user_logins",
                table: "user_logins");

            migrationBuilder.DropPrimaryKey(
                name: "pk_user_claims",
                table: "user_claims");

            migrationBuilder.DropPrimaryKey(
                name: "pk_submission_keys",
                table: "submission_keys");

            migrationBuilder.DropPrimaryKey(
                name: "pk_routes",
                table: "routes");

            migrationBuilder.DropPrimaryKey(
                name: "pk_route_items",
                table: "route_items");

            migrationBuilder.DropPrimaryKey(
                name: "pk_route_evidence",
                table: "route_evidence");

            migrationBuilder.DropPrimaryKey(
                name: "pk_roles",
                table: "roles");

            migrationBuilder.DropPrimaryKey(
                name: "pk_role_claims",
                table: "role_claims");

            migrationBuilder.DropPrimaryKey(
                name: "pk_regions",
                table: "regions");

            migrationBuilder.DropPrimaryKey(
                name: "pk_recommendations",
                table: "recommendations");

            migrationBuilder.DropPrimaryKey(
                name: "pk_program_completions",
                table: "program_completions");

            migrationBuilder.DropPrimaryKey(
                name: "pk_professional_programs",
                table: "professional_programs");

            migrationBuilder.DropPrimaryKey(
                name: "pk_organizations",
                table: "organizations");

            migrationBuilder.DropPrimaryKey(
                name: "pk_organization_statuses",
                table: "organization_statuses");

            migrationBuilder.DropPrimaryKey(
                name: "pk_municipalities",
                table: "municipalities");

            migrationBuilder.DropPrimaryKey(
                name: "pk_monitoring_forms",
                table: "monitoring_forms");

            migrationBuilder.DropPrimaryKey(
                name: "pk_monitoring_form_events",
                table: "monitoring_form_events");

            migrationBuilder.DropPrimaryKey(
                name: "pk_monitoring_campaigns",
                table: "monitoring_campaigns");

            migrationBuilder.DropPrimaryKey(
                name: "pk_methodical_events",
                table: "methodical_events");

            migrationBuilder.DropPrimaryKey(
                name: "pk_mentoring_programs",
                table: "mentoring_programs");

            migrationBuilder.DropPrimaryKey(
                name: "pk_mentoring_pairs",
                table: "mentoring_pairs");

            migrationBuilder.DropPrimaryKey(
                name: "pk_instrument_areas",
                table: "instrument_areas");

            migrationBuilder.DropPrimaryKey(
                name: "pk_event_participations",
                table: "event_participations");

            migrationBuilder.DropPrimaryKey(
                name: "pk_employments",
                table: "employments");

            migrationBuilder.DropPrimaryKey(
                name: "pk_educators",
                table: "educators");

            migrationBuilder.DropPrimaryKey(
                name: "pk_diagnostics",
                table: "diagnostics");

            migrationBuilder.DropPrimaryKey(
                name: "pk_diagnostic_scores",
                table: "diagnostic_scores");

            migrationBuilder.DropPrimaryKey(
                name: "pk_diagnostic_instruments",
                table: "diagnostic_instruments");

            migrationBuilder.DropPrimaryKey(
                name: "pk_diagnostic_deficits",
                table: "diagnostic_deficits");

            migrationBuilder.DropPrimaryKey(
                name: "pk_competence_areas",
                table: "competence_areas");

            migrationBuilder.DropPrimaryKey(
                name: "pk_community_memberships",
                table: "community_memberships");

            migrationBuilder.DropPrimaryKey(
                name: "pk_communities",
                table: "communities");

            migrationBuilder.DropPrimaryKey(
                name: "pk_category_assignments",
                table: "category_assignments");

            migrationBuilder.DropPrimaryKey(
                name: "pk_audit_entries",
                table: "audit_entries");

            migrationBuilder.DropPrimaryKey(
                name: "pk_access_records",
                table: "access_records");

            migrationBuilder.RenameIndex(
                name: "ix_users_region_id",
                table: "users",
                newName: "IX_users_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_users_organization_id",
                table: "users",
                newName: "IX_users_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_users_educator_id",
                table: "users",
                newName: "IX_users_educator_id");

            migrationBuilder.RenameIndex(
                name: "ix_user_sessions_user_id",
                table: "user_sessions",
                newName: "IX_user_sessions_user_id");

            migrationBuilder.RenameIndex(
                name: "ix_user_sessions_expires_at",
                table: "user_sessions",
                newName: "IX_user_sessions_expires_at");

            migrationBuilder.RenameIndex(
                name: "ix_user_roles_role_id",
                table: "user_roles",
                newName: "IX_user_roles_role_id");

            migrationBuilder.RenameIndex(
                name: "ix_user_logins_user_id",
                table: "user_logins",
                newName: "IX_user_logins_user_id");

            migrationBuilder.RenameIndex(
                name: "ix_user_claims_user_id",
                table: "user_claims",
                newName: "IX_user_claims_user_id");

            migrationBuilder.RenameIndex(
                name: "ix_submission_keys_taken_at",
                table: "submission_keys",
                newName: "IX_submission_keys_taken_at");

            migrationBuilder.RenameIndex(
                name: "ix_routes_tutor_user_id",
                table: "routes",
                newName: "IX_routes_tutor_user_id");

            migrationBuilder.RenameIndex(
                name: "ix_routes_region_id",
                table: "routes",
                newName: "IX_routes_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_routes_organization_id_status",
                table: "routes",
                newName: "IX_routes_organization_id_status");

            migrationBuilder.RenameIndex(
                name: "ix_routes_educator_id",
                table: "routes",
                newName: "IX_routes_educator_id");

            migrationBuilder.RenameIndex(
                name: "ix_routes_diagnostic_id",
                table: "routes",
                newName: "IX_routes_diagnostic_id");

            migrationBuilder.RenameIndex(
                name: "ix_routes_approved_by_user_id",
                table: "routes",
                newName: "IX_routes_approved_by_user_id");

            migrationBuilder.RenameIndex(
                name: "ix_route_items_route_id",
                table: "route_items",
                newName: "IX_route_items_route_id");

            migrationBuilder.RenameIndex(
                name: "ix_route_items_region_id",
                table: "route_items",
                newName: "IX_route_items_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_route_items_organization_id",
                table: "route_items",
                newName: "IX_route_items_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_route_items_educator_id_status_deadline",
                table: "route_items",
                newName: "IX_route_items_educator_id_status_deadline");

            migrationBuilder.RenameIndex(
                name: "ix_route_items_confirmed_by_user_id",
                table: "route_items",
                newName: "IX_route_items_confirmed_by_user_id");

            migrationBuilder.RenameIndex(
                name: "ix_route_items_competence_area_id",
                table: "route_items",
                newName: "IX_route_items_competence_area_id");

            migrationBuilder.RenameIndex(
                name: "ix_route_evidence_uploaded_by_user_id",
                table: "route_evidence",
                newName: "IX_route_evidence_uploaded_by_user_id");

            migrationBuilder.RenameIndex(
                name: "ix_route_evidence_route_item_id",
                table: "route_evidence",
                newName: "IX_route_evidence_route_item_id");

            migrationBuilder.RenameIndex(
                name: "ix_route_evidence_region_id",
                table: "route_evidence",
                newName: "IX_route_evidence_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_route_evidence_organization_id",
                table: "route_evidence",
                newName: "IX_route_evidence_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_route_evidence_educator_id",
                table: "route_evidence",
                newName: "IX_route_evidence_educator_id");

            migrationBuilder.RenameIndex(
                name: "ix_role_claims_role_id",
                table: "role_claims",
                newName: "IX_role_claims_role_id");

            migrationBuilder.RenameIndex(
                name: "ix_regions_code",
                table: "regions",
                newName: "IX_regions_code");

            migrationBuilder.RenameIndex(
                name: "ix_recommendations_region_id",
                table: "recommendations",
                newName: "IX_recommendations_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_recommendations_organization_id_campaign_id_indicator_source",
                table: "recommendations",
                newName: "IX_recommendations_organization_id_campaign_id_indicator_source");

            migrationBuilder.RenameIndex(
                name: "ix_recommendations_municipality_id_campaign_id_indicator_source",
                table: "recommendations",
                newName: "IX_recommendations_municipality_id_campaign_id_indicator_source");

            migrationBuilder.RenameIndex(
                name: "ix_recommendations_campaign_id",
                table: "recommendations",
                newName: "IX_recommendations_campaign_id");

            migrationBuilder.RenameIndex(
                name: "ix_program_completions_region_id",
                table: "program_completions",
                newName: "IX_program_completions_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_program_completions_program_id",
                table: "program_completions",
                newName: "IX_program_completions_program_id");

            migrationBuilder.RenameIndex(
                name: "ix_program_completions_organization_id",
                table: "program_completions",
                newName: "IX_program_completions_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_program_completions_educator_id_program_id_completed_on",
                table: "program_completions",
                newName: "IX_program_completions_educator_id_program_id_completed_on");

            migrationBuilder.RenameIndex(
                name: "ix_professional_programs_region_id",
                table: "professional_programs",
                newName: "IX_professional_programs_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_organizations_region_id_name",
                table: "organizations",
                newName: "IX_organizations_region_id_name");

            migrationBuilder.RenameIndex(
                name: "ix_organizations_path",
                table: "organizations",
                newName: "IX_organizations_path");

            migrationBuilder.RenameIndex(
                name: "ix_organizations_parent_id",
                table: "organizations",
                newName: "IX_organizations_parent_id");

            migrationBuilder.RenameIndex(
                name: "ix_organizations_municipality_id",
                table: "organizations",
                newName: "IX_organizations_municipality_id");

            migrationBuilder.RenameIndex(
                name: "ix_organization_statuses_region_id",
                table: "organization_statuses",
                newName: "IX_organization_statuses_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_organization_statuses_organization_id",
                table: "organization_statuses",
                newName: "IX_organization_statuses_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_municipalities_region_id_code",
                table: "municipalities",
                newName: "IX_municipalities_region_id_code");

            migrationBuilder.RenameIndex(
                name: "ix_monitoring_forms_region_id",
                table: "monitoring_forms",
                newName: "IX_monitoring_forms_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_monitoring_forms_organization_id",
                table: "monitoring_forms",
                newName: "IX_monitoring_forms_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_monitoring_forms_campaign_id_organization_id",
                table: "monitoring_forms",
                newName: "IX_monitoring_forms_campaign_id_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_monitoring_form_events_user_id",
                table: "monitoring_form_events",
                newName: "IX_monitoring_form_events_user_id");

            migrationBuilder.RenameIndex(
                name: "ix_monitoring_form_events_region_id",
                table: "monitoring_form_events",
                newName: "IX_monitoring_form_events_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_monitoring_form_events_organization_id",
                table: "monitoring_form_events",
                newName: "IX_monitoring_form_events_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_monitoring_form_events_form_id",
                table: "monitoring_form_events",
                newName: "IX_monitoring_form_events_form_id");

            migrationBuilder.RenameIndex(
                name: "ix_monitoring_campaigns_region_id_year",
                table: "monitoring_campaigns",
                newName: "IX_monitoring_campaigns_region_id_year");

            migrationBuilder.RenameIndex(
                name: "ix_methodical_events_region_id_starts_on",
                table: "methodical_events",
                newName: "IX_methodical_events_region_id_starts_on");

            migrationBuilder.RenameIndex(
                name: "ix_methodical_events_organization_id",
                table: "methodical_events",
                newName: "IX_methodical_events_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_methodical_events_municipality_id",
                table: "methodical_events",
                newName: "IX_methodical_events_municipality_id");

            migrationBuilder.RenameIndex(
                name: "ix_mentoring_programs_region_id",
                table: "mentoring_programs",
                newName: "IX_mentoring_programs_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_mentoring_programs_organization_id",
                table: "mentoring_programs",
                newName: "IX_mentoring_programs_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_mentoring_programs_curator_id",
                table: "mentoring_programs",
                newName: "IX_mentoring_programs_curator_id");

            migrationBuilder.RenameIndex(
                name: "ix_mentoring_pairs_region_id",
                table: "mentoring_pairs",
                newName: "IX_mentoring_pairs_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_mentoring_pairs_program_id",
                table: "mentoring_pairs",
                newName: "IX_mentoring_pairs_program_id");

            migrationBuilder.RenameIndex(
                name: "ix_mentoring_pairs_organization_id",
                table: "mentoring_pairs",
                newName: "IX_mentoring_pairs_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_mentoring_pairs_mentor_id",
                table: "mentoring_pairs",
                newName: "IX_mentoring_pairs_mentor_id");

            migrationBuilder.RenameIndex(
                name: "ix_mentoring_pairs_mentee_id",
                table: "mentoring_pairs",
                newName: "IX_mentoring_pairs_mentee_id");

            migrationBuilder.RenameIndex(
                name: "ix_instrument_areas_region_id",
                table: "instrument_areas",
                newName: "IX_instrument_areas_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_instrument_areas_instrument_id_competence_area_id",
                table: "instrument_areas",
                newName: "IX_instrument_areas_instrument_id_competence_area_id");

            migrationBuilder.RenameIndex(
                name: "ix_instrument_areas_competence_area_id",
                table: "instrument_areas",
                newName: "IX_instrument_areas_competence_area_id");

            migrationBuilder.RenameIndex(
                name: "ix_event_participations_region_id",
                table: "event_participations",
                newName: "IX_event_participations_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_event_participations_organization_id",
                table: "event_participations",
                newName: "IX_event_participations_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_event_participations_event_id_educator_id",
                table: "event_participations",
                newName: "IX_event_participations_event_id_educator_id");

            migrationBuilder.RenameIndex(
                name: "ix_event_participations_educator_id",
                table: "event_participations",
                newName: "IX_event_participations_educator_id");

            migrationBuilder.RenameIndex(
                name: "ix_employments_region_id",
                table: "employments",
                newName: "IX_employments_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_employments_organization_id_personnel_number",
                table: "employments",
                newName: "IX_employments_organization_id_personnel_number");

            migrationBuilder.RenameIndex(
                name: "ix_employments_organization_id",
                table: "employments",
                newName: "IX_employments_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_employments_educator_id",
                table: "employments",
                newName: "IX_employments_educator_id");

            migrationBuilder.RenameIndex(
                name: "ix_educators_region_id_match_key",
                table: "educators",
                newName: "IX_educators_region_id_match_key");

            migrationBuilder.RenameIndex(
                name: "ix_educators_region_id_last_name_first_name",
                table: "educators",
                newName: "IX_educators_region_id_last_name_first_name");

            migrationBuilder.RenameIndex(
                name: "ix_diagnostics_region_id",
                table: "diagnostics",
                newName: "IX_diagnostics_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_diagnostics_organization_id_date",
                table: "diagnostics",
                newName: "IX_diagnostics_organization_id_date");

            migrationBuilder.RenameIndex(
                name: "ix_diagnostics_instrument_id",
                table: "diagnostics",
                newName: "IX_diagnostics_instrument_id");

            migrationBuilder.RenameIndex(
                name: "ix_diagnostics_educator_id_date",
                table: "diagnostics",
                newName: "IX_diagnostics_educator_id_date");

            migrationBuilder.RenameIndex(
                name: "ix_diagnostic_scores_region_id",
                table: "diagnostic_scores",
                newName: "IX_diagnostic_scores_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_diagnostic_scores_organization_id",
                table: "diagnostic_scores",
                newName: "IX_diagnostic_scores_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_diagnostic_scores_educator_id",
                table: "diagnostic_scores",
                newName: "IX_diagnostic_scores_educator_id");

            migrationBuilder.RenameIndex(
                name: "ix_diagnostic_scores_diagnostic_id_competence_area_id",
                table: "diagnostic_scores",
                newName: "IX_diagnostic_scores_diagnostic_id_competence_area_id");

            migrationBuilder.RenameIndex(
                name: "ix_diagnostic_scores_competence_area_id",
                table: "diagnostic_scores",
                newName: "IX_diagnostic_scores_competence_area_id");

            migrationBuilder.RenameIndex(
                name: "ix_diagnostic_instruments_region_id_title",
                table: "diagnostic_instruments",
                newName: "IX_diagnostic_instruments_region_id_title");

            migrationBuilder.RenameIndex(
                name: "ix_diagnostic_deficits_region_id",
                table: "diagnostic_deficits",
                newName: "IX_diagnostic_deficits_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_diagnostic_deficits_organization_id",
                table: "diagnostic_deficits",
                newName: "IX_diagnostic_deficits_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_diagnostic_deficits_educator_id",
                table: "diagnostic_deficits",
                newName: "IX_diagnostic_deficits_educator_id");

            migrationBuilder.RenameIndex(
                name: "ix_diagnostic_deficits_diagnostic_id_competence_area_id",
                table: "diagnostic_deficits",
                newName: "IX_diagnostic_deficits_diagnostic_id_competence_area_id");

            migrationBuilder.RenameIndex(
                name: "ix_diagnostic_deficits_competence_area_id",
                table: "diagnostic_deficits",
                newName: "IX_diagnostic_deficits_competence_area_id");

            migrationBuilder.RenameIndex(
                name: "ix_competence_areas_region_id_name",
                table: "competence_areas",
                newName: "IX_competence_areas_region_id_name");

            migrationBuilder.RenameIndex(
                name: "ix_community_memberships_region_id",
                table: "community_memberships",
                newName: "IX_community_memberships_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_community_memberships_organization_id",
                table: "community_memberships",
                newName: "IX_community_memberships_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_community_memberships_educator_id",
                table: "community_memberships",
                newName: "IX_community_memberships_educator_id");

            migrationBuilder.RenameIndex(
                name: "ix_community_memberships_community_id",
                table: "community_memberships",
                newName: "IX_community_memberships_community_id");

            migrationBuilder.RenameIndex(
                name: "ix_communities_region_id_municipality_id",
                table: "communities",
                newName: "IX_communities_region_id_municipality_id");

            migrationBuilder.RenameIndex(
                name: "ix_communities_organization_id",
                table: "communities",
                newName: "IX_communities_organization_id");

            migrationBuilder.RenameIndex(
                name: "ix_communities_municipality_id",
                table: "communities",
                newName: "IX_communities_municipality_id");

            migrationBuilder.RenameIndex(
                name: "ix_category_assignments_region_id",
                table: "category_assignments",
                newName: "IX_category_assignments_region_id");

            migrationBuilder.RenameIndex(
                name: "ix_category_assignments_educator_id",
                table: "category_assignments",
                newName: "IX_category_assignments_educator_id");

            migrationBuilder.RenameIndex(
                name: "ix_audit_entries_user_id",
                table: "audit_entries",
                newName: "IX_audit_entries_user_id");

            migrationBuilder.RenameIndex(
                name: "ix_audit_entries_region_id_at",
                table: "audit_entries",
                newName: "IX_audit_entries_region_id_at");

            migrationBuilder.RenameIndex(
                name: "ix_audit_entries_entity_type_entity_id",
                table: "audit_entries",
                newName: "IX_audit_entries_entity_type_entity_id");

            migrationBuilder.RenameIndex(
                name: "ix_access_records_user_id_at",
                table: "access_records",
                newName: "IX_access_records_user_id_at");

            migrationBuilder.RenameIndex(
                name: "ix_access_records_region_id_at",
                table: "access_records",
                newName: "IX_access_records_region_id_at");

            migrationBuilder.RenameIndex(
                name: "ix_access_records_educator_id_at",
                table: "access_records",
                newName: "IX_access_records_educator_id_at");

            migrationBuilder.RenameIndex(
                name: "ix_access_records_at",
                table: "access_records",
                newName: "IX_access_records_at");

            migrationBuilder.AddPrimaryKey(
                name: "PK_users",
                table: "users",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_user_tokens",
                table: "user_tokens",
                columns: new[] { "user_id", "login_provider", "name" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_user_sessions",
                table: "user_sessions",
                column: "key");

            migrationBuilder.AddPrimaryKey(
                name: "PK_user_roles",
                table: "user_roles",
                columns: new[] { "user_id", "role_id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_user_logins",
                table: "user_logins",
                columns: new[] { "login_provider", "provider_key" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_user_claims",
                table: "user_claims",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_submission_keys",
                table: "submission_keys",
                column: "key");

            migrationBuilder.AddPrimaryKey(
                name: "PK_routes",
                table: "routes",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_route_items",
                table: "route_items",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_route_evidence",
                table: "route_evidence",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_roles",
                table: "roles",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_role_claims",
                table: "role_claims",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_regions",
                table: "regions",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_recommendations",
                table: "recommendations",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_program_completions",
                table: "program_completions",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_professional_programs",
                table: "professional_programs",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_organizations",
                table: "organizations",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_organization_statuses",
                table: "organization_statuses",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_municipalities",
                table: "municipalities",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_monitoring_forms",
                table: "monitoring_forms",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_monitoring_form_events",
                table: "monitoring_form_events",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_monitoring_campaigns",
                table: "monitoring_campaigns",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_methodical_events",
                table: "methodical_events",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_mentoring_programs",
                table: "mentoring_programs",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_mentoring_pairs",
                table: "mentoring_pairs",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_instrument_areas",
                table: "instrument_areas",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_event_participations",
                table: "event_participations",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_employments",
                table: "employments",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_educators",
                table: "educators",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_diagnostics",
                table: "diagnostics",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_diagnostic_scores",
                table: "diagnostic_scores",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_diagnostic_instruments",
                table: "diagnostic_instruments",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_diagnostic_deficits",
                table: "diagnostic_deficits",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_competence_areas",
                table: "competence_areas",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_community_memberships",
                table: "community_memberships",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_communities",
                table: "communities",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_category_assignments",
                table: "category_assignments",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_audit_entries",
                table: "audit_entries",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_access_records",
                table: "access_records",
                column: "id");

            migrationBuilder.AddForeignKey(
                name: "FK_category_assignments_educators_educator_id",
                table: "category_assignments",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_category_assignments_regions_region_id",
                table: "category_assignments",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_communities_municipalities_municipality_id",
                table: "communities",
                column: "municipality_id",
                principalTable: "municipalities",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_communities_organizations_organization_id",
                table: "communities",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_communities_regions_region_id",
                table: "communities",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_community_memberships_communities_community_id",
                table: "community_memberships",
                column: "community_id",
                principalTable: "communities",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_community_memberships_educators_educator_id",
                table: "community_memberships",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_community_memberships_organizations_organization_id",
                table: "community_memberships",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_community_memberships_regions_region_id",
                table: "community_memberships",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_competence_areas_regions_region_id",
                table: "competence_areas",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_diagnostic_deficits_competence_areas_competence_area_id",
                table: "diagnostic_deficits",
                column: "competence_area_id",
                principalTable: "competence_areas",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_diagnostic_deficits_diagnostics_diagnostic_id",
                table: "diagnostic_deficits",
                column: "diagnostic_id",
                principalTable: "diagnostics",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_diagnostic_deficits_educators_educator_id",
                table: "diagnostic_deficits",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_diagnostic_deficits_organizations_organization_id",
                table: "diagnostic_deficits",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_diagnostic_deficits_regions_region_id",
                table: "diagnostic_deficits",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_diagnostic_instruments_regions_region_id",
                table: "diagnostic_instruments",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_diagnostic_scores_competence_areas_competence_area_id",
                table: "diagnostic_scores",
                column: "competence_area_id",
                principalTable: "competence_areas",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_diagnostic_scores_diagnostics_diagnostic_id",
                table: "diagnostic_scores",
                column: "diagnostic_id",
                principalTable: "diagnostics",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_diagnostic_scores_educators_educator_id",
                table: "diagnostic_scores",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_diagnostic_scores_organizations_organization_id",
                table: "diagnostic_scores",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_diagnostic_scores_regions_region_id",
                table: "diagnostic_scores",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_diagnostics_diagnostic_instruments_instrument_id",
                table: "diagnostics",
                column: "instrument_id",
                principalTable: "diagnostic_instruments",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_diagnostics_educators_educator_id",
                table: "diagnostics",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_diagnostics_organizations_organization_id",
                table: "diagnostics",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_diagnostics_regions_region_id",
                table: "diagnostics",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_educators_regions_region_id",
                table: "educators",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_employments_educators_educator_id",
                table: "employments",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_employments_organizations_organization_id",
                table: "employments",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_employments_regions_region_id",
                table: "employments",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_event_participations_educators_educator_id",
                table: "event_participations",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_event_participations_methodical_events_event_id",
                table: "event_participations",
                column: "event_id",
                principalTable: "methodical_events",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_event_participations_organizations_organization_id",
                table: "event_participations",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_event_participations_regions_region_id",
                table: "event_participations",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_instrument_areas_competence_areas_competence_area_id",
                table: "instrument_areas",
                column: "competence_area_id",
                principalTable: "competence_areas",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_instrument_areas_diagnostic_instruments_instrument_id",
                table: "instrument_areas",
                column: "instrument_id",
                principalTable: "diagnostic_instruments",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_instrument_areas_regions_region_id",
                table: "instrument_areas",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_mentoring_pairs_educators_mentee_id",
                table: "mentoring_pairs",
                column: "mentee_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_mentoring_pairs_educators_mentor_id",
                table: "mentoring_pairs",
                column: "mentor_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_mentoring_pairs_mentoring_programs_program_id",
                table: "mentoring_pairs",
                column: "program_id",
                principalTable: "mentoring_programs",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_mentoring_pairs_organizations_organization_id",
                table: "mentoring_pairs",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_mentoring_pairs_regions_region_id",
                table: "mentoring_pairs",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_mentoring_programs_educators_curator_id",
                table: "mentoring_programs",
                column: "curator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_mentoring_programs_organizations_organization_id",
                table: "mentoring_programs",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_mentoring_programs_regions_region_id",
                table: "mentoring_programs",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_methodical_events_municipalities_municipality_id",
                table: "methodical_events",
                column: "municipality_id",
                principalTable: "municipalities",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_methodical_events_organizations_organization_id",
                table: "methodical_events",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_methodical_events_regions_region_id",
                table: "methodical_events",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_monitoring_campaigns_regions_region_id",
                table: "monitoring_campaigns",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_monitoring_form_events_monitoring_forms_form_id",
                table: "monitoring_form_events",
                column: "form_id",
                principalTable: "monitoring_forms",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_monitoring_form_events_organizations_organization_id",
                table: "monitoring_form_events",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_monitoring_form_events_regions_region_id",
                table: "monitoring_form_events",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_monitoring_form_events_users_user_id",
                table: "monitoring_form_events",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_monitoring_forms_monitoring_campaigns_campaign_id",
                table: "monitoring_forms",
                column: "campaign_id",
                principalTable: "monitoring_campaigns",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_monitoring_forms_organizations_organization_id",
                table: "monitoring_forms",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_monitoring_forms_regions_region_id",
                table: "monitoring_forms",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_municipalities_regions_region_id",
                table: "municipalities",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_organization_statuses_organizations_organization_id",
                table: "organization_statuses",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_organization_statuses_regions_region_id",
                table: "organization_statuses",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_organizations_municipalities_municipality_id",
                table: "organizations",
                column: "municipality_id",
                principalTable: "municipalities",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_organizations_organizations_parent_id",
                table: "organizations",
                column: "parent_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_organizations_regions_region_id",
                table: "organizations",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_professional_programs_regions_region_id",
                table: "professional_programs",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_program_completions_educators_educator_id",
                table: "program_completions",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_program_completions_organizations_organization_id",
                table: "program_completions",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_program_completions_professional_programs_program_id",
                table: "program_completions",
                column: "program_id",
                principalTable: "professional_programs",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_program_completions_regions_region_id",
                table: "program_completions",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_recommendations_monitoring_campaigns_campaign_id",
                table: "recommendations",
                column: "campaign_id",
                principalTable: "monitoring_campaigns",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_recommendations_municipalities_municipality_id",
                table: "recommendations",
                column: "municipality_id",
                principalTable: "municipalities",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_recommendations_organizations_organization_id",
                table: "recommendations",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_recommendations_regions_region_id",
                table: "recommendations",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_role_claims_roles_role_id",
                table: "role_claims",
                column: "role_id",
                principalTable: "roles",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_route_evidence_educators_educator_id",
                table: "route_evidence",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_route_evidence_organizations_organization_id",
                table: "route_evidence",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_route_evidence_regions_region_id",
                table: "route_evidence",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_route_evidence_route_items_route_item_id",
                table: "route_evidence",
                column: "route_item_id",
                principalTable: "route_items",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_route_evidence_users_uploaded_by_user_id",
                table: "route_evidence",
                column: "uploaded_by_user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_route_items_competence_areas_competence_area_id",
                table: "route_items",
                column: "competence_area_id",
                principalTable: "competence_areas",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_route_items_educators_educator_id",
                table: "route_items",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_route_items_organizations_organization_id",
                table: "route_items",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_route_items_regions_region_id",
                table: "route_items",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_route_items_routes_route_id",
                table: "route_items",
                column: "route_id",
                principalTable: "routes",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_route_items_users_confirmed_by_user_id",
                table: "route_items",
                column: "confirmed_by_user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_routes_diagnostics_diagnostic_id",
                table: "routes",
                column: "diagnostic_id",
                principalTable: "diagnostics",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_routes_educators_educator_id",
                table: "routes",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_routes_organizations_organization_id",
                table: "routes",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_routes_regions_region_id",
                table: "routes",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_routes_users_approved_by_user_id",
                table: "routes",
                column: "approved_by_user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_routes_users_tutor_user_id",
                table: "routes",
                column: "tutor_user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_user_claims_users_user_id",
                table: "user_claims",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_user_logins_users_user_id",
                table: "user_logins",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_user_roles_roles_role_id",
                table: "user_roles",
                column: "role_id",
                principalTable: "roles",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_user_roles_users_user_id",
                table: "user_roles",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_user_sessions_users_user_id",
                table: "user_sessions",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_user_tokens_users_user_id",
                table: "user_tokens",
                column: "user_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_users_educators_educator_id",
                table: "users",
                column: "educator_id",
                principalTable: "educators",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_users_organizations_organization_id",
                table: "users",
                column: "organization_id",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_users_regions_region_id",
                table: "users",
                column: "region_id",
                principalTable: "regions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
