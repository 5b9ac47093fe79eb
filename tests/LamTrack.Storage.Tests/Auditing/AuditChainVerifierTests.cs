using LamTrack.Storage.Auditing;
using LamTrack.Storage.Patients;
using LamTrack.Storage.Records;
using LamTrack.Storage.Tests.Support;
using LamTrack.Storage.Timelines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime.Testing;

namespace LamTrack.Storage.Tests.Auditing;

/// <summary>The audit trail's hash chain: every direct edit, deletion, reordering or insertion of audit rows is caught.</summary>
public sealed class AuditChainVerifierTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_UntouchedTrail_IsIntactAndCoversEveryEntry(StorageProvider provider)
    {
        await using TestDatabase test = await SeededAsync(provider);

        AuditChainReport report = await new AuditChainVerifier(test.Database).VerifyAsync();

        Assert.True(report.IsIntact, report.Problem);
        Assert.Equal(4 + CaseSeries.Load().Count, report.ChainedEntries);
        Assert.Equal(0, report.LegacyEntries);
        await using LamTrackDbContext db = test.Database.CreateContext();
        Assert.Equal((await db.AuditChainHead.SingleAsync()).LastHash, report.HeadHash);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_EntryEditedInPlace_ReportsThatEntry(StorageProvider provider)
    {
        await using TestDatabase test = await SeededAsync(provider);
        long[] ids = await Tampering.AuditIdsAsync(test);
        await Tampering.ExecuteAsync(test, $"""UPDATE "AuditEntries" SET "Actor" = 'mallory' WHERE "Id" = {ids[2]}""");

        AuditChainReport report = await new AuditChainVerifier(test.Database).VerifyAsync();

        Assert.Equal(ids[2], report.BrokenAtEntry);
        Assert.Contains("does not match its hash: it was edited", report.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_ImportedEntryRecordEdited_ReportsThatEntry(StorageProvider provider)
    {
        await using TestDatabase test = await SeededAsync(provider);
        long[] ids = await Tampering.AuditIdsAsync(test);
        // An entry written by the bulk import path: its record after the change is rewritten.
        await Tampering.ExecuteAsync(test, $"""UPDATE "AuditEntries" SET "AfterJson" = replace("AfterJson", 'case', 'kase') WHERE "Id" = {ids[^1]}""");

        AuditChainReport report = await new AuditChainVerifier(test.Database).VerifyAsync();

        Assert.Equal(ids[^1], report.BrokenAtEntry);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_EntryEditedAndRehashed_ReportsTheNextLink(StorageProvider provider)
    {
        await using TestDatabase test = await SeededAsync(provider);
        long[] ids = await Tampering.AuditIdsAsync(test);
        await using (LamTrackDbContext db = test.Database.CreateContext())
        {
            AuditEntryRecord entry = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == ids[1]);
            entry.Actor = "mallory";
            string forged = AuditCanonicalForm.Hash(entry);
            await db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Actor" = 'mallory', "EntryHash" = {forged} WHERE "Id" = {ids[1]}""");
        }

        AuditChainReport report = await new AuditChainVerifier(test.Database).VerifyAsync();

        Assert.Equal(ids[2], report.BrokenAtEntry);
        Assert.Contains("does not link", report.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_EntryDeleted_ReportsTheEntryAfterTheGap(StorageProvider provider)
    {
        await using TestDatabase test = await SeededAsync(provider);
        long[] ids = await Tampering.AuditIdsAsync(test);
        await Tampering.ExecuteAsync(test, $"""DELETE FROM "AuditEntries" WHERE "Id" = {ids[1]}""");

        AuditChainReport report = await new AuditChainVerifier(test.Database).VerifyAsync();

        Assert.Equal(ids[2], report.BrokenAtEntry);
        Assert.Contains($"does not link to entry #{ids[0]}", report.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_LastEntryDeleted_ReportsTheShortenedEnd(StorageProvider provider)
    {
        await using TestDatabase test = await SeededAsync(provider);
        long[] ids = await Tampering.AuditIdsAsync(test);
        await Tampering.ExecuteAsync(test, $"""DELETE FROM "AuditEntries" WHERE "Id" = {ids[^1]}""");

        AuditChainReport report = await new AuditChainVerifier(test.Database).VerifyAsync();

        Assert.False(report.IsIntact);
        Assert.Null(report.BrokenAtEntry);
        Assert.Contains("removed from the end", report.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_TwoEntriesSwapped_ReportsTheFirstMovedEntry(StorageProvider provider)
    {
        await using TestDatabase test = await SeededAsync(provider);
        long[] ids = await Tampering.AuditIdsAsync(test);
        await Tampering.ExecuteAsync(test, $"""UPDATE "AuditEntries" SET "Id" = -1 WHERE "Id" = {ids[1]}""");
        await Tampering.ExecuteAsync(test, $"""UPDATE "AuditEntries" SET "Id" = {ids[1]} WHERE "Id" = {ids[2]}""");
        await Tampering.ExecuteAsync(test, $"""UPDATE "AuditEntries" SET "Id" = {ids[2]} WHERE "Id" = -1""");

        AuditChainReport report = await new AuditChainVerifier(test.Database).VerifyAsync();

        Assert.Equal(ids[1], report.BrokenAtEntry);
        Assert.Contains("does not link", report.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_UnhashedEntryAdded_ReportsIt(StorageProvider provider)
    {
        await using TestDatabase test = await SeededAsync(provider);
        await Tampering.ExecuteAsync(test, """
            INSERT INTO "AuditEntries" ("OccurredAt", "Actor", "Action", "EntityType", "EntityKey", "EntityVersion")
            VALUES (0, 'mallory', 'Deleted', 'Patient', 'case-9', 0)
            """);

        AuditChainReport report = await new AuditChainVerifier(test.Database).VerifyAsync();

        Assert.Equal((await Tampering.AuditIdsAsync(test))[^1], report.BrokenAtEntry);
        Assert.Contains("carries no hash", report.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AppendAsync_ConcurrentEditorsAndAnImport_DoNotForkTheChain(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(Samples.Now);
        Task Editor(string name) => Task.Run(async () =>
        {
            var store = new PatientStore(test.Database, clock, name);
            for (int i = 0; i < 10; i++)
            {
                await store.CreateAsync(Samples.Patient($"{name}-{i}"));
            }
        });
        Task import = Task.Run(() => new TimelineStore(test.Database, clock, "import") { ImportBatchSize = 1 }.ImportPatientsAsync(CaseSeries.Load()));

        await Task.WhenAll(Editor("dr.a"), Editor("dr.b"), import);
        AuditChainReport report = await new AuditChainVerifier(test.Database).VerifyAsync();

        Assert.True(report.IsIntact, report.Problem);
        Assert.Equal(20 + CaseSeries.Load().Count, report.ChainedEntries);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_EntriesWrittenBeforeTheChain_AreCountedAndTheirRemovalIsCaught(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider, migrate: false);
        await using (LamTrackDbContext db = test.Database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("AuditAppendOnly");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "AuditEntries" ("OccurredAt", "Actor", "Action", "EntityType", "EntityKey", "EntityVersion", "AfterJson")
                VALUES (1, 'dr.old', 'Created', 'Patient', 'old-1', 1, '{{}}'), (2, 'dr.old', 'Created', 'Patient', 'old-2', 1, '{{}}')
                """);
        }

        await test.Database.MigrateAsync();
        await new PatientStore(test.Database, new FakeClock(Samples.Now), "dr.a").CreateAsync(Samples.Patient());
        AuditChainReport before = await new AuditChainVerifier(test.Database).VerifyAsync();
        await Tampering.DropAuditGuardsAsync(test, provider);
        await Tampering.ExecuteAsync(test, """DELETE FROM "AuditEntries" WHERE "EntityKey" = 'old-1'""");
        AuditChainReport after = await new AuditChainVerifier(test.Database).VerifyAsync();

        Assert.True(before.IsIntact, before.Problem);
        Assert.Equal((1, 2), (before.ChainedEntries, before.LegacyEntries));
        Assert.False(after.IsIntact);
        Assert.Contains("1 entries from before the chain remain, but 2", after.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Database_DeleteOfTheChainHead_IsRefusedByTrigger(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);

        Exception refused = await Assert.ThrowsAnyAsync<Exception>(() => Tampering.ExecuteAsync(test, """DELETE FROM "AuditChainHead" """));

        Assert.Contains("cannot be deleted", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>A store with edits (create, create, update, delete) and a bulk import of the case series, and no audit guards left.</summary>
    private static async Task<TestDatabase> SeededAsync(StorageProvider provider)
    {
        TestDatabase test = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(Samples.Now);
        var store = new PatientStore(test.Database, clock, "dr.a");
        await store.CreateAsync(Samples.Patient("a"));
        await store.CreateAsync(Samples.Patient("b"));
        await store.UpdateAsync(Samples.Edited(Samples.Patient("a")), 1);
        await store.DeleteAsync("b", 1);
        await new TimelineStore(test.Database, clock, "import") { ImportBatchSize = 2 }.ImportPatientsAsync(CaseSeries.Load());
        await Tampering.DropAuditGuardsAsync(test, provider);
        return test;
    }
}
