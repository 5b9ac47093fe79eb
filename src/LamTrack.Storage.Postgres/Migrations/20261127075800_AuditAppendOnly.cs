using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LamTrack.Storage.Postgres.Migrations
{
    /// <summary>Triggers that refuse any UPDATE, DELETE or TRUNCATE of audit entries.</summary>
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit trail is append-only even for hand-written SQL: PostgreSQL raises on UPDATE, DELETE and TRUNCATE.
            migrationBuilder.Sql("""
                CREATE FUNCTION lamtrack_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the audit trail is append-only: audit entries cannot be changed or deleted';
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditEntries"
                FOR EACH ROW EXECUTE FUNCTION lamtrack_audit_append_only();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_NoTruncate" BEFORE TRUNCATE ON "AuditEntries"
                FOR EACH STATEMENT EXECUTE FUNCTION lamtrack_audit_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "AuditEntries_NoTruncate" ON "AuditEntries";""");
            migrationBuilder.Sql("""DROP TRIGGER "AuditEntries_AppendOnly" ON "AuditEntries";""");
            migrationBuilder.Sql("DROP FUNCTION lamtrack_audit_append_only();");
        }
    }
}
