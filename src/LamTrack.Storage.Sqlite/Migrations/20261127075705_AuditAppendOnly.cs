using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LamTrack.Storage.Sqlite.Migrations
{
    /// <summary>Triggers that refuse any UPDATE or DELETE of an audit entry.</summary>
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit trail is append-only even for hand-written SQL: SQLite aborts any UPDATE or DELETE.
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: audit entries cannot be changed'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: audit entries cannot be deleted'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "AuditEntries_NoDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER "AuditEntries_NoUpdate";""");
        }
    }
}
