using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LamTrack.Storage.Postgres.Migrations
{
    /// <summary>The audit trail's hash chain: each entry's previous and own SHA-256, and the single-row chain head.</summary>
    public partial class AuditHashChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EntryHash",
                table: "AuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditChainHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    EntryCount = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LegacyEntries = table.Column<long>(type: "bigint", nullable: false),
                    LegacyLastEntryId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHead", x => x.Id);
                });

            // The chain starts after the entries already stored: they carry no hashes, and the head records how many
            // there were and the last row number among them, so that removing one of them, or adding an unhashed
            // entry later, is still seen by 'lamtrack audit verify'.
            migrationBuilder.Sql("""
                INSERT INTO "AuditChainHead" ("Id", "EntryCount", "LastHash", "LegacyEntries", "LegacyLastEntryId")
                SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000', COUNT(*), COALESCE(MAX("Id"), 0)
                FROM "AuditEntries";
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION lamtrack_audit_chain_head_kept() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the audit chain head cannot be deleted';
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditChainHead_NoDelete" BEFORE DELETE OR TRUNCATE ON "AuditChainHead"
                FOR EACH STATEMENT EXECUTE FUNCTION lamtrack_audit_chain_head_kept();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "AuditChainHead_NoDelete" ON "AuditChainHead";""");
            migrationBuilder.Sql("DROP FUNCTION lamtrack_audit_chain_head_kept();");
            migrationBuilder.DropTable(
                name: "AuditChainHead");

            migrationBuilder.DropColumn(
                name: "EntryHash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "AuditEntries");
        }
    }
}
