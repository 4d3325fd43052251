using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MetodPortal.Data.Migrations;

/// <summary>
/// Server-side sessions (sign-out ends them), the one-time keys of create forms, and the access log of personal data.
/// The SQL is what the model generates for these tables (MigrationMatchesModelTests holds it to that).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261203000000_SessionsAndAccessLog")]
public sealed class SessionsAndAccessLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE access_records (
                id bigint NOT NULL,
                at timestamp with time zone NOT NULL,
                user_id integer,
                user_name character varying(256),
                region_id integer,
                educator_id integer,
                kind character varying(40) NOT NULL,
                subject character varying(1000),
                address character varying(64),
                CONSTRAINT "PK_access_records" PRIMARY KEY (id)
            );
            CREATE TABLE submission_keys (
                key character varying(64) NOT NULL,
                user_id integer NOT NULL,
                taken_at timestamp with time zone NOT NULL,
                location character varying(2000),
                CONSTRAINT "PK_submission_keys" PRIMARY KEY (key)
            );
            CREATE TABLE user_sessions (
                key character varying(64) NOT NULL,
                user_id integer NOT NULL,
                ticket bytea NOT NULL,
                created_at timestamp with time zone NOT NULL,
                last_seen_at timestamp with time zone NOT NULL,
                expires_at timestamp with time zone NOT NULL,
                user_agent character varying(300),
                address character varying(64),
                CONSTRAINT "PK_user_sessions" PRIMARY KEY (key),
                CONSTRAINT "FK_user_sessions_users_user_id" FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
            );
            CREATE INDEX "IX_access_records_at" ON access_records (at);
            CREATE INDEX "IX_access_records_educator_id_at" ON access_records (educator_id, at);
            CREATE INDEX "IX_access_records_region_id_at" ON access_records (region_id, at);
            CREATE INDEX "IX_access_records_user_id_at" ON access_records (user_id, at);
            CREATE INDEX "IX_submission_keys_taken_at" ON submission_keys (taken_at);
            CREATE INDEX "IX_user_sessions_expires_at" ON user_sessions (expires_at);
            CREATE INDEX "IX_user_sessions_user_id" ON user_sessions (user_id);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE user_sessions; DROP TABLE submission_keys; DROP TABLE access_records;");
    }
}
