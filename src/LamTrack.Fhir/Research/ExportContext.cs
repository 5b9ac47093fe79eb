using System.Globalization;
using LamTrack.Domain.Dates;
using NodaTime;

namespace LamTrack.Fhir.Research;

/// <summary>Formats one patient's values for the research export: dates shifted by the patient's de-identification
/// shift (none when identified), numbers in the invariant culture.</summary>
/// <param name="Shift">Days added to every date of this patient.</param>
/// <param name="Deidentified">Whether the export is de-identified.</param>
internal sealed record ExportContext(Period Shift, bool Deidentified)
{
    public string Day(LocalDate date) => date.Plus(Shift).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public string? Earliest(ClinicalDate? date) => date is null ? null : Day(date.Earliest);

    public string? Latest(ClinicalDate? date) => date is null ? null : Day(date.Latest);

    public static string? Precision(ClinicalDate? date) => date is null ? null : date.Precision.ToString().ToLowerInvariant();

    public static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    public static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? YesNo(bool? value) => value is null ? null : value.Value ? "1" : "0";
}
