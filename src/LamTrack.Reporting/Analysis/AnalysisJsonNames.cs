using System.Text.Json;
using LamTrack.Analytics.Exposure;

namespace LamTrack.Reporting.Analysis;

/// <summary>The property names written once per patient of <c>analysis.json</c>, encoded once.</summary>
/// <remarks>
/// A name given as a string is transcoded to UTF-8 and checked for escaping on every call; a registry of 100,000
/// patients writes about six million of them. Names written once per document stay plain strings.
/// </remarks>
internal static class AnalysisJsonNames
{
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
    public static readonly JsonEncodedText FirstSirolimusStart = JsonEncodedText.Encode("firstSirolimusStart");
    public static readonly JsonEncodedText Episodes = JsonEncodedText.Encode("episodes");
    public static readonly JsonEncodedText PersonYears = JsonEncodedText.Encode("personYears");
    public static readonly JsonEncodedText TimeInTargetRange = JsonEncodedText.Encode("timeInTargetRange");
    public static readonly JsonEncodedText TroughBands = JsonEncodedText.Encode("troughBands");
    public static readonly JsonEncodedText Band = JsonEncodedText.Encode("band");
    public static readonly JsonEncodedText Days = JsonEncodedText.Encode("days");
    public static readonly JsonEncodedText KnownLevelDays = JsonEncodedText.Encode("knownLevelDays");
    public static readonly JsonEncodedText Fraction = JsonEncodedText.Encode("fraction");
    public static readonly JsonEncodedText TroughAtRecurrence = JsonEncodedText.Encode("troughAtRecurrence");
    public static readonly JsonEncodedText Episode = JsonEncodedText.Encode("episode");
    public static readonly JsonEncodedText Onset = JsonEncodedText.Encode("onset");
    public static readonly JsonEncodedText Exposure = JsonEncodedText.Encode("exposure");
    public static readonly JsonEncodedText LastTrough = JsonEncodedText.Encode("lastTrough");
    public static readonly JsonEncodedText NgPerMl = JsonEncodedText.Encode("ngPerMl");
    public static readonly JsonEncodedText DaysBefore = JsonEncodedText.Encode("daysBefore");
    public static readonly JsonEncodedText FromRange = JsonEncodedText.Encode("fromRange");
    public static readonly JsonEncodedText Fev1Slopes = JsonEncodedText.Encode("fev1Slopes");
    public static readonly JsonEncodedText Measurements = JsonEncodedText.Encode("measurements");
    public static readonly JsonEncodedText MlPerYear = JsonEncodedText.Encode("mlPerYear");
    public static readonly JsonEncodedText MlPerMonth = JsonEncodedText.Encode("mlPerMonth");
    public static readonly JsonEncodedText StandardErrorMlPerYear = JsonEncodedText.Encode("standardErrorMlPerYear");

    private static readonly Dictionary<string, JsonEncodedText> s_scopes = new[] { "all" }
        .Concat(ByExposure<int>.Kinds.Select(ReportFormat.Exposure))
        .ToDictionary(name => name, name => JsonEncodedText.Encode(name));

    private static readonly JsonEncodedText[] s_exposures = [.. Enumerable.Range(0, (int)ExposureKind.After + 1)
        .Select(k => JsonEncodedText.Encode(ReportFormat.Exposure((ExposureKind)k)))];

    /// <summary>The name of an exposure ("before", "on", "interrupted", "after").</summary>
    public static JsonEncodedText Of(ExposureKind kind) => s_exposures[(int)kind];

    /// <summary>The name of an FEV1 slope's scope ("all" or an exposure); any other scope is encoded on the spot.</summary>
    public static JsonEncodedText Scope(string scope) =>
        s_scopes.TryGetValue(scope, out JsonEncodedText name) ? name : JsonEncodedText.Encode(scope);
}
