using LamTrack.Domain.Patients;
using NodaTime;

namespace LamTrack.Application.Guidance;

/// <summary>A request for the clinic worklist.</summary>
/// <param name="Patients">The valid patient records to evaluate.</param>
/// <param name="AsOf">The day of evaluation.</param>
public sealed record WorklistRequest(IReadOnlyList<Patient> Patients, LocalDate AsOf)
{
    /// <summary>Records that failed validation when loaded, listed as errors after the evaluated patients.</summary>
    public IReadOnlyList<string> InvalidRecords { get; init; } = [];

    /// <summary>A settings document, or null for the defaults.</summary>
    public GuidanceSettingsDocument? Settings { get; init; }
}
