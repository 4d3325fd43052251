using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MetodPortal.Data.Migrations;

/// <summary>
/// The forms of support: mentoring programmes and pairs, professional communities and their members, the ДПП registry
/// and completions, methodical events and participations. The SQL is what the model generates for these tables
/// (MigrationMatchesModelTests holds it to that).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261121040000_SupportForms")]
public sealed class SupportForms : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE professional_programs (
                id integer NOT NULL,
                region_id integer NOT NULL,
                title character varying(500) NOT NULL,
                provider character varying(300) NOT NULL,
                hours integer NOT NULL,
                kind character varying(20) NOT NULL,
                format character varying(20) NOT NULL,
                expertise_protocol_number character varying(100),
                expertise_protocol_date date,
                in_federal_registry boolean NOT NULL,
                is_active boolean NOT NULL,
                CONSTRAINT "PK_professional_programs" PRIMARY KEY (id),
                CONSTRAINT "FK_professional_programs_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE TABLE communities (
                id integer NOT NULL,
                region_id integer NOT NULL,
                organization_id integer NOT NULL,
                municipality_id integer,
                kind character varying(30) NOT NULL,
                level character varying(20) NOT NULL,
                title character varying(500) NOT NULL,
                subject_area character varying(200),
                active_from date NOT NULL,
                active_to date,
                description character varying(2000),
                CONSTRAINT "PK_communities" PRIMARY KEY (id),
                CONSTRAINT "FK_communities_municipalities_municipality_id" FOREIGN KEY (municipality_id) REFERENCES municipalities (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_communities_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_communities_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE TABLE mentoring_programs (
                id integer NOT NULL,
                region_id integer NOT NULL,
                organization_id integer NOT NULL,
                title character varying(500) NOT NULL,
                order_number character varying(100),
                order_date date,
                period_from date NOT NULL,
                period_to date NOT NULL,
                curator_id integer,
                CONSTRAINT "PK_mentoring_programs" PRIMARY KEY (id),
                CONSTRAINT "FK_mentoring_programs_educators_curator_id" FOREIGN KEY (curator_id) REFERENCES educators (id) ON DELETE SET NULL,
                CONSTRAINT "FK_mentoring_programs_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_mentoring_programs_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE TABLE methodical_events (
                id integer NOT NULL,
                region_id integer NOT NULL,
                organization_id integer NOT NULL,
                municipality_id integer,
                title character varying(500) NOT NULL,
                form character varying(30) NOT NULL,
                level character varying(20) NOT NULL,
                starts_on date NOT NULL,
                ends_on date NOT NULL,
                place character varying(500),
                link character varying(500),
                for_young_teachers boolean NOT NULL,
                description character varying(2000),
                CONSTRAINT "PK_methodical_events" PRIMARY KEY (id),
                CONSTRAINT "FK_methodical_events_municipalities_municipality_id" FOREIGN KEY (municipality_id) REFERENCES municipalities (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_methodical_events_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_methodical_events_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE TABLE program_completions (
                id integer NOT NULL,
                region_id integer NOT NULL,
                organization_id integer NOT NULL,
                educator_id integer NOT NULL,
                program_id integer NOT NULL,
                completed_on date NOT NULL,
                certificate_number character varying(100),
                CONSTRAINT "PK_program_completions" PRIMARY KEY (id),
                CONSTRAINT "FK_program_completions_educators_educator_id" FOREIGN KEY (educator_id) REFERENCES educators (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_program_completions_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_program_completions_professional_programs_program_id" FOREIGN KEY (program_id) REFERENCES professional_programs (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_program_completions_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE TABLE community_memberships (
                id integer NOT NULL,
                region_id integer NOT NULL,
                organization_id integer NOT NULL,
                educator_id integer NOT NULL,
                community_id integer NOT NULL,
                role character varying(20) NOT NULL,
                "from" date NOT NULL,
                "to" date,
                CONSTRAINT "PK_community_memberships" PRIMARY KEY (id),
                CONSTRAINT "FK_community_memberships_communities_community_id" FOREIGN KEY (community_id) REFERENCES communities (id) ON DELETE CASCADE,
                CONSTRAINT "FK_community_memberships_educators_educator_id" FOREIGN KEY (educator_id) REFERENCES educators (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_community_memberships_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_community_memberships_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE TABLE mentoring_pairs (
                id integer NOT NULL,
                region_id integer NOT NULL,
                organization_id integer NOT NULL,
                program_id integer NOT NULL,
                mentor_id integer NOT NULL,
                mentee_id integer,
                student_name character varying(300),
                form character varying(30) NOT NULL,
                competence_focus character varying(500),
                period_from date NOT NULL,
                period_to date NOT NULL,
                status character varying(20) NOT NULL,
                closed_on date,
                result character varying(2000),
                CONSTRAINT "PK_mentoring_pairs" PRIMARY KEY (id),
                CONSTRAINT "FK_mentoring_pairs_educators_mentee_id" FOREIGN KEY (mentee_id) REFERENCES educators (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_mentoring_pairs_educators_mentor_id" FOREIGN KEY (mentor_id) REFERENCES educators (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_mentoring_pairs_mentoring_programs_program_id" FOREIGN KEY (program_id) REFERENCES mentoring_programs (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_mentoring_pairs_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_mentoring_pairs_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE TABLE event_participations (
                id integer NOT NULL,
                region_id integer NOT NULL,
                organization_id integer NOT NULL,
                educator_id integer NOT NULL,
                event_id integer NOT NULL,
                role character varying(20) NOT NULL,
                CONSTRAINT "PK_event_participations" PRIMARY KEY (id),
                CONSTRAINT "FK_event_participations_educators_educator_id" FOREIGN KEY (educator_id) REFERENCES educators (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_event_participations_methodical_events_event_id" FOREIGN KEY (event_id) REFERENCES methodical_events (id) ON DELETE CASCADE,
                CONSTRAINT "FK_event_participations_organizations_organization_id" FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
                CONSTRAINT "FK_event_participations_regions_region_id" FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
            );
            CREATE INDEX "IX_communities_municipality_id" ON communities (municipality_id);
            CREATE INDEX "IX_communities_organization_id" ON communities (organization_id);
            CREATE INDEX "IX_communities_region_id_municipality_id" ON communities (region_id, municipality_id);
            CREATE INDEX "IX_community_memberships_community_id" ON community_memberships (community_id);
            CREATE INDEX "IX_community_memberships_educator_id" ON community_memberships (educator_id);
            CREATE INDEX "IX_community_memberships_organization_id" ON community_memberships (organization_id);
            CREATE INDEX "IX_community_memberships_region_id" ON community_memberships (region_id);
            CREATE INDEX "IX_event_participations_educator_id" ON event_participations (educator_id);
            CREATE UNIQUE INDEX "IX_event_participations_event_id_educator_id" ON event_participations (event_id, educator_id);
            CREATE INDEX "IX_event_participations_organization_id" ON event_participations (organization_id);
            CREATE INDEX "IX_event_participations_region_id" ON event_participations (region_id);
            CREATE INDEX "IX_mentoring_pairs_mentee_id" ON mentoring_pairs (mentee_id);
            CREATE INDEX "IX_mentoring_pairs_mentor_id" ON mentoring_pairs (mentor_id);
            CREATE INDEX "IX_mentoring_pairs_organization_id" ON mentoring_pairs (organization_id);
            CREATE INDEX "IX_mentoring_pairs_program_id" ON mentoring_pairs (program_id);
            CREATE INDEX "IX_mentoring_pairs_region_id" ON mentoring_pairs (region_id);
            CREATE INDEX "IX_mentoring_programs_curator_id" ON mentoring_programs (curator_id);
            CREATE INDEX "IX_mentoring_programs_organization_id" ON mentoring_programs (organization_id);
            CREATE INDEX "IX_mentoring_programs_region_id" ON mentoring_programs (region_id);
            CREATE INDEX "IX_methodical_events_municipality_id" ON methodical_events (municipality_id);
            CREATE INDEX "IX_methodical_events_organization_id" ON methodical_events (organization_id);
            CREATE INDEX "IX_methodical_events_region_id_starts_on" ON methodical_events (region_id, starts_on);
            CREATE INDEX "IX_professional_programs_region_id" ON professional_programs (region_id);
            CREATE UNIQUE INDEX "IX_program_completions_educator_id_program_id_completed_on" ON program_completions (educator_id, program_id, completed_on);
            CREATE INDEX "IX_program_completions_organization_id" ON program_completions (organization_id);
            CREATE INDEX "IX_program_completions_program_id" ON program_completions (program_id);
            CREATE INDEX "IX_program_completions_region_id" ON program_completions (region_id);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE event_participations, methodical_events, program_completions, professional_programs, community_memberships, communities, mentoring_pairs, mentoring_programs;");
    }
}
