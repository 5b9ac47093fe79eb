using LamTrack.Application.Records;
using LamTrack.PatientFiles;
using LamTrack.Testing;

namespace LamTrack.Application.Tests.Records;

public sealed class PatientSourceServiceTests
{
    [Fact]
    public async Task LoadAsync_Store_GivesThePatientsOrderedById()
    {
        using TestStore store = await TestStore.CreateAsync(CaseSeriesData.LoadAll().Reverse());
        var service = store.Get<PatientSourceService>();

        PatientLoadResult loaded = await service.LoadAsync(new PatientSourceRequest(null, store.Database), null, CancellationToken.None);

        Assert.True(loaded.IsValid);
        Assert.Equal(CaseSeriesData.LoadAll().Select(p => p.Id).Order(StringComparer.Ordinal), loaded.Patients.Select(p => p.Id));
    }

    [Fact]
    public async Task LoadAsync_Files_GivesTheBundledSeriesWhenNoPathIsNamed()
    {
        using TestStore store = await TestStore.CreateAsync();
        var service = store.Get<PatientSourceService>();

        PatientLoadResult loaded = await service.LoadAsync(new PatientSourceRequest(CaseSeriesData.Folder, null), null, CancellationToken.None);

        Assert.Equal(5, loaded.Patients.Count);
    }

    [Fact]
    public async Task LoadAsync_StoreMissing_ReportsStore008AsAnIssueAndCreatesNothing()
    {
        using TestStore store = await TestStore.CreateAsync();
        string missing = store.File("missing.db");

        PatientLoadResult loaded = await store.Get<PatientSourceService>().LoadAsync(new PatientSourceRequest(null, missing), null, CancellationToken.None);

        PatientFileIssue issue = Assert.Single(loaded.Issues);
        Assert.Equal("--db", issue.Field);
        Assert.Contains("STORE-008", issue.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task LoadAsync_FilesAndStoreTogether_IsRefused()
    {
        using TestStore store = await TestStore.CreateAsync();

        PatientLoadResult loaded = await store.Get<PatientSourceService>().LoadAsync(new PatientSourceRequest(CaseSeriesData.Folder, store.Database), null, CancellationToken.None);

        Assert.Contains("either --data or --db", Assert.Single(loaded.Issues).Message, StringComparison.Ordinal);
        Assert.Empty(loaded.Patients);
    }

    [Fact]
    public async Task MeasureAsync_Store_CountsThePatients()
    {
        using TestStore store = await TestStore.CreateAsync(CaseSeriesData.LoadAll().Take(3));

        PatientSourceSize size = await store.Get<PatientSourceService>().MeasureAsync(new PatientSourceRequest(null, store.Database), CancellationToken.None);

        Assert.Equal(new PatientSourceSize(PatientSourceKind.Store, 3), size);
    }

    [Fact]
    public async Task LoadAsync_StoreOpenedByMeasure_ReadsThatStoreWithoutOpeningAgain()
    {
        using TestStore store = await TestStore.CreateAsync(CaseSeriesData.LoadAll().Take(3));
        PatientSourceService service = store.Get<PatientSourceService>();
        PatientSourceSize size = await service.MeasureAsync(new PatientSourceRequest(null, store.Database), CancellationToken.None);

        // The connection text names no store: only the one already open can be read.
        var request = new PatientSourceRequest(null, store.File("no-such.db")) { OpenStore = size.Store };
        PatientLoadResult loaded = await service.LoadAsync(request, null, CancellationToken.None);

        Assert.NotNull(size.Store);
        Assert.Equal(3, loaded.Patients.Count);
        Assert.Empty(loaded.Issues);
    }
}
