using LamTrack.Storage.Patients;
using LamTrack.Storage.Records;
using LamTrack.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime.Testing;

namespace LamTrack.Storage.Tests;

public sealed class LamTrackDbContextTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_PatientChangedWithoutAuditEntry_Throws(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        await new PatientStore(test.Database, new FakeClock(Samples.Now), "dr.a").CreateAsync(Samples.Patient());
        await using LamTrackDbContext db = test.Database.CreateContext();
        PatientRecord record = await db.Patients.SingleAsync();
        record.DetailsJson = "{}";

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("audit entry", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_AuditEntryModified_Throws(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        await new PatientStore(test.Database, new FakeClock(Samples.Now), "dr.a").CreateAsync(Samples.Patient());
        await using LamTrackDbContext db = test.Database.CreateContext();
        AuditEntryRecord entry = await db.AuditEntries.SingleAsync();
        entry.Actor = "someone else";

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("append-only", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Database_RawSqlUpdateOrDeleteOfAuditEntries_IsRefusedByTrigger(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        await new PatientStore(test.Database, new FakeClock(Samples.Now), "dr.a").CreateAsync(Samples.Patient());
        await using LamTrackDbContext db = test.Database.CreateContext();

        Exception update = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'x'"));
        Exception delete = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal("dr.a", (await db.AuditEntries.SingleAsync()).Actor);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_VersionChangedSinceLoad_ThrowsConcurrencyException(StorageProvider provider)
    {
        // Bypasses the store's early version check so that the database's WHERE "Version" = @v is what refuses.
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        await new PatientStore(test.Database, new FakeClock(Samples.Now), "dr.a").CreateAsync(Samples.Patient());
        await using LamTrackDbContext first = test.Database.CreateContext();
        await using LamTrackDbContext second = test.Database.CreateContext();
        PatientRecord a = await first.Patients.SingleAsync();
        PatientRecord b = await second.Patients.SingleAsync();
        Edit(first, a, "{\"by\":\"a\"}");
        await first.SaveChangesAsync();
        Edit(second, b, "{\"by\":\"b\"}");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using LamTrackDbContext check = test.Database.CreateContext();
        Assert.Equal("{\"by\":\"a\"}", (await check.Patients.SingleAsync()).DetailsJson);
    }

    private static void Edit(LamTrackDbContext db, PatientRecord record, string details)
    {
        record.DetailsJson = details;
        record.Version++;
        db.AuditEntries.Add(new AuditEntryRecord { Actor = "t", Action = "Updated", EntityType = "Patient", EntityKey = record.Identifier, EntityVersion = record.Version });
    }
}
