using LamTrack.Application.Problems;
using LamTrack.Application.Stores;

namespace LamTrack.Application.Tests.Stores;

public sealed class StoreBackupServiceTests
{
    [Fact]
    public async Task BackupAsync_LiveStore_WritesACopyAndNeverOverwrites()
    {
        using TestStore store = await TestStore.CreateAsync(CaseSeries.Patients);
        StoreBackupService backup = store.Get<StoreBackupService>();

        StoreBackupOutcome first = await backup.BackupAsync(new StoreBackupRequest(store.Database, store.File("copy.db")));
        StoreBackupOutcome again = await backup.BackupAsync(new StoreBackupRequest(store.Database, store.File("copy.db")));

        Assert.Equal(new FileInfo(store.File("copy.db")).Length, first.Bytes);
        Assert.Equal("STORE-007", Assert.Single(again.Problems).Code);
        Assert.Null(again.Path);
    }

    [Fact]
    public async Task BackupAsync_PostgresServer_ReturnsApp010()
    {
        using TestStore store = await TestStore.CreateAsync();

        StoreBackupOutcome outcome = await store.Get<StoreBackupService>().BackupAsync(new StoreBackupRequest("Host=db;Database=lamtrack", store.File("copy.db")));

        Assert.Equal(ApplicationProblemCodes.BackupNotSupported, Assert.Single(outcome.Problems).Code);
        Assert.False(File.Exists(store.File("copy.db")));
    }
}
