using System.Globalization;
using System.Text.Json.Nodes;
using LamTrack.Web.Components.Charts;

namespace LamTrack.Web.Components.Pages.Dashboard;

/// <summary>What the cohort page shows of the pooled analysis document (docs/analysis-json.md), read once per
/// computation into plain immutable values that every view shares.</summary>
/// <remarks>The page used to parse the document on every view; for 100,000 patients that is megabytes of Kaplan–Meier
/// rows per request and the server's memory peak. These values are copied from the document and nothing is computed.</remarks>
/// <param name="Rates">The before, on, interrupted and after rates.</param>
/// <param name="Ratios">The on-vs-before and after-vs-on rate ratios.</param>
/// <param name="Survival">The intention-to-treat Kaplan–Meier curve, or null when the document has none.</param>
/// <param name="TroughBands">Time and episodes per trough band.</param>
/// <param name="Baselines">The published figures to compare with.</param>
public sealed record CohortDashboardFigures(
    IReadOnlyList<CohortRateRow> Rates,
    IReadOnlyList<CohortRatioRow> Ratios,
    SurvivalCurve? Survival,
    IReadOnlyList<TroughBandRow> TroughBands,
    IReadOnlyList<BaselineRow> Baselines)
{
    /// <summary>The title of the Kaplan–Meier chart.</summary>
    public const string SurvivalTitle = "Free of pneumothorax from the first sirolimus start (intention to treat)";

    private static readonly (string Key, string Name)[] Periods = [("before", "Before sirolimus"), ("on", "On sirolimus"), ("interrupted", "Interrupted"), ("after", "After stopping")];
    private static readonly (string Key, string Name)[] RatioNames = [("rateRatioOnVsBefore", "Rate ratio on vs before"), ("rateRatioAfterVsOn", "Rate ratio after vs on")];

    /// <summary>No figures (a document without a pooled section).</summary>
    public static CohortDashboardFigures Empty { get; } = new([], [], null, [], []);

    /// <summary>Reads the figures of a pooled analysis document (UTF-8 JSON).</summary>
    public static CohortDashboardFigures Read(ReadOnlySpan<byte> document) => Read(JsonNode.Parse(document));

    /// <summary>Reads the figures of a parsed analysis document.</summary>
    public static CohortDashboardFigures Read(JsonNode? document)
    {
        JsonNode? pooled = document?["pooled"];
        return new CohortDashboardFigures(
            [.. Periods.Select(p => Rate(p.Name, pooled?[p.Key]))],
            [.. RatioNames.Select(r => Ratio(r.Name, pooled?[r.Key]))],
            CohortCharts.Survival(document?["kaplanMeier"]?["intentionToTreat"], SurvivalTitle),
            [.. (pooled?["troughBands"] as JsonArray ?? []).OfType<JsonObject>().Select(Band)],
            [.. (document?["baselines"] as JsonArray ?? []).OfType<JsonObject>().Select(Baseline)]);
    }

    /// <summary>The rates as CSV (RFC 4180): period, episodes, person-years, rate per person-year and its 95 % interval.</summary>
    public string RatesCsv() =>
        "period,episodes,person_years,rate_per_person_year,lower,upper\n" + string.Concat(Rates.Select(r =>
            string.Join(",", r.Period, Csv(r.Episodes, 0), Csv(r.PersonYears, 4), Csv(r.RatePerPersonYear, 5), Csv(r.Lower, 5), Csv(r.Upper, 5)) + "\n"));

    private static CohortRateRow Rate(string name, JsonNode? rate) =>
        new(name, CohortCharts.Number(rate, "episodes"), CohortCharts.Number(rate, "personYears"), CohortCharts.Number(rate, "rate"), Bound(rate, 0), Bound(rate, 1));

    private static CohortRatioRow Ratio(string name, JsonNode? ratio) =>
        new(name, ratio is not null, CohortCharts.Number(ratio, "estimate"), Bound(ratio, 0), Bound(ratio, 1), CohortCharts.Number(ratio, "pValue"));

    private static TroughBandRow Band(JsonObject band) =>
        new(Text(band["band"]), CohortCharts.Number(band, "days"), CohortCharts.Number(band, "fraction"), CohortCharts.Number(band, "episodes"),
            CohortCharts.Number(band, "rate"), Bound(band, 0), Bound(band, 1));

    private static BaselineRow Baseline(JsonObject baseline) =>
        new(Text(baseline["measure"]), CohortCharts.Number(baseline, "value"), CohortCharts.Number(baseline, "low95"), CohortCharts.Number(baseline, "high95"),
            Text(baseline["kind"]), Text(baseline["citation"]));

    private static double? Bound(JsonNode? owner, int index) =>
        owner?["ci95"] is JsonArray { Count: 2 } a && a[index] is JsonValue v && v.TryGetValue(out double d) ? d : null;

    private static string Text(JsonNode? node) => node?.ToString() ?? string.Empty;

    // An empty CSV cell where the document has no value.
    private static string Csv(double? value, int decimals) =>
        value is double v ? v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : string.Empty;
}
