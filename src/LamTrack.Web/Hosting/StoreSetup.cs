using LamTrack.Application.Ports;
using LamTrack.Application.Records;
using LamTrack.Hosting.Storage;
using LamTrack.PatientFiles;

namespace LamTrack.Web.Hosting;

/// <summary>Brings the patient store up to date at start-up and seeds the demo store once with the published cases.</summary>
internal static class StoreSetup
{
    /// <summary>The actor the audit trail records for the demo seeding.</summary>
    public const string SeedActor = "lamtrack-demo-seed";

    public static async Task PrepareAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        WebSettings settings = services.GetRequiredService<WebSettings>();
        if (!settings.Store.IsPostgres && Path.GetDirectoryName(Path.GetFullPath(settings.Store.SqliteDataSource)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // The store locator creates the database and applies the store's migrations; the web tables follow.
        await DatabaseLocator.Open(settings.Store.Text).MigrateAsync(cancellationToken);
        if (settings.IsDemo)
        {
            await SeedDemoAsync(services, output, cancellationToken);
        }
    }

    private static async Task SeedDemoAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        IPatientStore store = await services.GetRequiredService<IPatientStoreFactory>()
            .OpenAsync(new StoreOpenRequest(null, StoreAccess.ReadWrite, SeedActor), cancellationToken);
        if (await store.CountAsync(cancellationToken) > 0)
        {
            return;
        }

        PatientLoadResult cases = await services.GetRequiredService<PatientSourceService>()
            .LoadAsync(new PatientSourceRequest(PatientSourceService.BundledCaseSeries, null), null, cancellationToken);
        int written = await store.ImportAsync(cases.Patients, null, cancellationToken);
        await output.WriteLineAsync($"Demo store seeded with {written} published case(s).");
    }
}
