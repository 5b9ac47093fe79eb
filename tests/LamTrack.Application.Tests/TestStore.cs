using LamTrack.Application.Ports;
using LamTrack.Domain.Patients;
using LamTrack.Hosting;
using LamTrack.Hosting.Storage;
using LamTrack.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace LamTrack.Application.Tests;

/// <summary>A migrated SQLite store in a fresh folder, with the application's services over it; deleted on dispose.</summary>
internal sealed class TestStore : IDisposable
{
    public static readonly Instant Now = Instant.FromUtc(2024, 3, 1, 9, 0);

    private TestStore(string folder, ServiceProvider services)
    {
        Folder = folder;
        Services = services;
    }

    public string Folder { get; }

    public string Database => Path.Combine(Folder, "clinic.db");

    public ServiceProvider Services { get; }

    public static async Task<TestStore> CreateAsync(IEnumerable<Patient>? patients = null)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"lamtrack-app-tests-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Now))
            .AddLamTrack(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var store = new TestStore(folder, services);
        LamTrackDatabase database = DatabaseLocator.Open(store.Database);
        await database.MigrateAsync();
        if (patients is not null)
        {
            IPatientStore opened = await store.OpenAsync();
            await opened.ImportAsync([.. patients], null, CancellationToken.None);
        }

        return store;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public Task<IPatientStore> OpenAsync() =>
        Get<IPatientStoreFactory>().OpenAsync(new StoreOpenRequest(Database, StoreAccess.ReadWrite, "test"), CancellationToken.None);

    public string File(string name) => Path.Combine(Folder, name);

    public void Dispose()
    {
        Services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
