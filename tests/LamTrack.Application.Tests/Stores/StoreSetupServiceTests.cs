using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using LamTrack.Application.Stores;
using LamTrack.Domain.Patients;

namespace LamTrack.Application.Tests.Stores;

public sealed class StoreSetupServiceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"lamtrack-setup-tests-{Guid.NewGuid():N}");

    [Fact]
    public async Task InitialiseAsync_NewFile_CreatesAMigratedStoreThatImportsOnceOnly()
    {
        using TestStore services = await TestStore.CreateAsync();
        StoreSetupService setup = services.Get<StoreSetupService>();
        string database = Path.Combine(_folder, "nested", "new.db");

        StoreSetupOutcome outcome = await setup.InitialiseAsync(new StoreOpenRequest(database, StoreAccess.ReadWrite, "test"));
        StoreImportOutcome first = await setup.ImportAsync(outcome.Ready!.Store, [.. CaseSeries.Patients]);
        StoreImportOutcome second = await setup.ImportAsync(outcome.Ready.Store, [.. CaseSeries.Patients]);

        Assert.Equal("Sqlite", outcome.Ready.Provider);
        Assert.True(outcome.Ready.MigrationsApplied > 0);
        Assert.Equal((5, 0), (first.Imported, first.AlreadyPresent));
        Assert.Equal((0, 5), (second.Imported, second.AlreadyPresent));
        Assert.Equal(5, await outcome.Ready.Store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ImportAsync_PatientBeyondTheStoresLimits_RefusesAllAndWritesNothing()
    {
        using TestStore services = await TestStore.CreateAsync();
        StoreSetupService setup = services.Get<StoreSetupService>();
        StoreReady ready = (await setup.InitialiseAsync(new StoreOpenRequest(Path.Combine(_folder, "limits.db"), StoreAccess.ReadWrite, "test"))).Ready!;
        Patient model = CaseSeries.Case("case-1");
        var tooLong = new Patient(new string('x', 500), model.Document, model.Events);

        StoreImportOutcome outcome = await setup.ImportAsync(ready.Store, [CaseSeries.Case("case-2"), tooLong]);

        Assert.Equal(ApplicationProblemCodes.StoreRefused, Assert.Single(outcome.Problems).Code);
        Assert.Equal(0, await ready.Store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task InitialiseAsync_UnusableConnection_ReturnsAStoreProblem()
    {
        using TestStore services = await TestStore.CreateAsync();

        StoreSetupOutcome outcome = await services.Get<StoreSetupService>().InitialiseAsync(new StoreOpenRequest("Host=;Port=notaport", StoreAccess.ReadWrite, "test"));

        Assert.Null(outcome.Ready);
        Assert.StartsWith("STORE-", Assert.Single(outcome.Problems).Code, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
