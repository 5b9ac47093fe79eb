using System.Text.Json.Nodes;
using LamTrack.Web.Components.Charts;

namespace LamTrack.Web.Components.Pages.Dashboard;

/// <summary>Reads the Kaplan–Meier curve of the analysis document (analysis.json, docs/analysis-json.md) into the chart's steps; it copies numbers and computes nothing.</summary>
public static class CohortCharts
{
    /// <summary>Days per year used to show the document's days as years (the Julian year, 365.25 d).</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>The curve in years since the first sirolimus start, with its pointwise interval and censoring times; null when absent.</summary>
    public static SurvivalCurve? Survival(JsonNode? curve, string title)
    {
        if (curve?["steps"] is not JsonArray steps)
        {
            return null;
        }

        JsonObject[] rows = [.. steps.OfType<JsonObject>()];
        return new SurvivalCurve(title, [.. rows.Where(s => Int(s, "nEvent") > 0).Select(Step)])
        {
            TimeUnit = "years",
            TimeLabel = "time since first sirolimus start",
            SurvivalLabel = "probability free of pneumothorax",
            CensoredTimes = [.. rows.Where(s => Int(s, "nCensor") > 0).Select(s => Number(s, "time")!.Value / DaysPerYear)],
            IntervalLabel = "95% CI",
        };
    }

    /// <summary>A number of the document, or null.</summary>
    public static double? Number(JsonNode? node, string name) => node?[name] is JsonValue v && v.TryGetValue(out double d) ? d : null;

    private static int Int(JsonNode node, string name) => (int)(Number(node, name) ?? 0);

    private static SurvivalStep Step(JsonObject s) =>
        new(Number(s, "time")!.Value / DaysPerYear, Number(s, "surv") ?? 1, Number(s, "lower"), Number(s, "upper")) { AtRisk = Int(s, "nRisk") };
}
