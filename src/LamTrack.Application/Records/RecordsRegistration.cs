using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Application.Records;

/// <summary>Registers the patient-record use cases (load a cohort, read one patient, record an edit).</summary>
public static class RecordsRegistration
{
    /// <summary>Adds the record services.</summary>
    public static IServiceCollection AddLamTrackRecords(this IServiceCollection services)
    {
        services.AddSingleton<PatientSourceService>();
        services.AddSingleton<PatientRecordService>();
        return services;
    }
}
