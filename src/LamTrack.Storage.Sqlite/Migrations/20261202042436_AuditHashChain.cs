using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LamTrack.Storage.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditChainHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryCount = table.Column<long>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LegacyEntries = table.Column<long>(type: "INTEGER", nullable: false),
                    LegacyLastEntryId = table.Column<long>(type: "INTEGER", nullable: false)
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
                CREATE TRIGGER "AuditChainHead_NoDelete" BEFORE DELETE ON "AuditChainHead"
                BEGIN SELECT RAISE(ABORT, 'the audit chain head cannot be deleted'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "AuditChainHead_NoDelete";""");
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
