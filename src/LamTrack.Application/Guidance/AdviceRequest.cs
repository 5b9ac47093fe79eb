using LamTrack.Domain.Patients;
using NodaTime;

namespace LamTrack.Application.Guidance;

/// <summary>A request for one patient's guidance as of a date.</summary>
/// <param name="Patient">The patient record (validated by the engine: a record with domain issues gives a problem, no findings).</param>
/// <param name="AsOf">The day of evaluation.</param>
public sealed record AdviceRequest(Patient Patient, LocalDate AsOf)
{
    /// <summary>A settings document (JSON, see docs/guidance.md), or null for the defaults.</summary>
    public GuidanceSettingsDocument? Settings { get; init; }
}
