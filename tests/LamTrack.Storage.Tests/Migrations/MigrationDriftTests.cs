using LamTrack.Storage.Postgres;
using LamTrack.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LamTrack.Storage.Tests.Migrations;

/// <summary>Fails when the SQLite and PostgreSQL migration sets drift from the model or from each other.</summary>
/// <remarks>Needs no server: the PostgreSQL context is built offline from a connection string that is never opened.</remarks>
public sealed class MigrationDriftTests
{
    public static TheoryData<StorageProvider> BothProviders() => [StorageProvider.Sqlite, StorageProvider.Postgres];

    [Theory]
    [MemberData(nameof(BothProviders))]
    public void HasPendingModelChanges_EachProvidersMigrations_CoverTheCurrentModel(StorageProvider provider)
    {
        using LamTrackDbContext db = Open(provider).CreateContext();

        // A model change without `dotnet ef migrations add` for this provider fails here (see docs/storage.md).
        Assert.False(db.Database.HasPendingModelChanges(), $"the {provider} migrations lack a change to the model");
    }

    [Fact]
    public void Migrations_BothProviders_HaveTheSameMigrationsInTheSameOrder()
    {
        Assert.Equal(MigrationNames(StorageProvider.Sqlite), MigrationNames(StorageProvider.Postgres));
        Assert.NotEmpty(MigrationNames(StorageProvider.Sqlite));
    }

    [Fact]
    public void ModelSnapshot_BothProviders_DescribeTheSameTablesColumnsKeysAndIndexes()
    {
        IReadOnlyList<string> sqlite = SnapshotShape(StorageProvider.Sqlite);
        IReadOnlyList<string> postgres = SnapshotShape(StorageProvider.Postgres);

        Assert.Equal(sqlite, postgres);
        Assert.Contains("AuditEntries.BeforeJson null", sqlite);
    }

    private static LamTrackDatabase Open(StorageProvider provider) => provider == StorageProvider.Sqlite
        ? SqliteDatabase.Open("drift-check-never-opened.db")
        : PostgresDatabase.Open("Host=localhost;Database=drift_check_never_opened");

    private static string[] MigrationNames(StorageProvider provider)
    {
        using LamTrackDbContext db = Open(provider).CreateContext();
        IMigrationsAssembly migrations = db.GetService<IMigrationsAssembly>();
        // An id is "yyyyMMddHHmmss_Name": the timestamps differ between the sets, the names must not.
        return [.. migrations.Migrations.Keys.Order(StringComparer.Ordinal).Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..])];
    }

    private static List<string> SnapshotShape(StorageProvider provider)
    {
        using LamTrackDbContext db = Open(provider).CreateContext();
        IModel snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot!.Model;
        if (snapshot is IMutableModel mutable)
        {
            snapshot = mutable.FinalizeModel();
        }

        IRelationalModel model = db.GetService<IModelRuntimeInitializer>().Initialize(snapshot).GetRelationalModel();
        var shape = new List<string>();
        foreach (ITable table in model.Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            shape.AddRange(table.Columns.Select(c => $"{table.Name}.{c.Name} {(c.IsNullable ? "null" : "not null")}").Order(StringComparer.Ordinal));
            shape.Add($"{table.Name} PK({string.Join(",", table.PrimaryKey!.Columns.Select(c => c.Name))})");
            shape.AddRange(table.Indexes.Select(i => $"{table.Name} {i.Name} {(i.IsUnique ? "unique" : string.Empty)}({string.Join(",", i.Columns.Select(c => c.Name))})").Order(StringComparer.Ordinal));
            shape.AddRange(table.ForeignKeyConstraints.Select(f => $"{table.Name} {f.Name} {f.OnDeleteAction}").Order(StringComparer.Ordinal));
        }

        return shape;
    }
}
