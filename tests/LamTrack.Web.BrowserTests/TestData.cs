using LamTrack.Application.Ports;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;
using LamTrack.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Web.BrowserTests;

/// <summary>Seeds and reads the app's store through the application layer's ports, as the app itself does.</summary>
internal static class TestData
{
    private const string Actor = "browser-test-fixture";

    /// <summary>Creates the LamTrack schema in a new SQLite store, as 'lamtrack init' does.</summary>
    public static async Task CreateStoreAsync(string path)
    {
        LamTrack.Storage.LamTrackDatabase database = LamTrack.Hosting.Storage.DatabaseLocator.Open(path);
        await database.MigrateAsync(CancellationToken.None);
    }

    /// <summary>Imports the case series from <paramref name="folder"/> into the app's store.</summary>
    public static async Task SeedAsync(IServiceProvider services, string folder)
    {
        PatientLoadResult loaded = PatientFileLoader.Load(folder);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Issues));
        IPatientStore store = await OpenAsync(services, StoreAccess.ReadWrite);
        await store.ImportAsync(loaded.Patients, progress: null, CancellationToken.None);
    }

    /// <summary>The stored record of a patient and its version, straight from the store.</summary>
    public static async Task<PatientVersion> FindAsync(IServiceProvider services, string patientId)
    {
        IPatientStore store = await OpenAsync(services, StoreAccess.ReadOnly);
        PatientVersion? found = await store.FindAsync(patientId, CancellationToken.None);
        Assert.NotNull(found);
        return found;
    }

    /// <summary>Replaces a stored patient behind the browser's back, as a second user saving first would.</summary>
    public static async Task UpdateBehindTheBrowserAsync(IServiceProvider services, Patient patient, int version)
    {
        IPatientStore store = await OpenAsync(services, StoreAccess.ReadWrite);
        await store.UpdateAsync(patient, version, CancellationToken.None);
    }

    /// <summary>The record with one event replaced by another of the same id.</summary>
    public static Patient WithEvent(Patient patient, LamTrack.Domain.Events.ClinicalEvent replacement) =>
        new(patient.Id, patient.Document, patient.Events.Select(e => e.Id == replacement.Id ? replacement : e))
        {
            Label = patient.Label,
            Sex = patient.Sex,
            Smoking = patient.Smoking,
            Age = patient.Age,
            FollowUpEnd = patient.FollowUpEnd,
            DateConvention = patient.DateConvention,
            Notes = patient.Notes,
        };

    private static Task<IPatientStore> OpenAsync(IServiceProvider services, StoreAccess access)
    {
        IPatientStoreFactory factory = services.GetRequiredService<IPatientStoreFactory>();
        string connection = services.GetRequiredService<WebSettings>().Store.Text;
        return factory.OpenAsync(new StoreOpenRequest(connection, access, Actor), CancellationToken.None);
    }
}
