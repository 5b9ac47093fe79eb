using System.Text.Json.Serialization;

namespace LamTrack.Application.Guidance;

/// <summary>One guidance finding in the findings JSON contract (ruleId, severity, message, rationale, action, citation …).</summary>
/// <param name="RuleId">The rule, e.g. <c>LAM-INT-001</c>.</param>
/// <param name="RuleVersion">The rule version.</param>
/// <param name="Severity">critical, warning, consider or info.</param>
/// <param name="Message">What was found.</param>
/// <param name="Rationale">Why, with the data used.</param>
/// <param name="DataPoints">The recorded facts used.</param>
/// <param name="Action">The recommended action.</param>
/// <param name="Citation">The source.</param>
/// <param name="Caveats">Verification caveats.</param>
public sealed record FindingDocument(
    string RuleId, int RuleVersion, string Severity, string Message, string Rationale, IReadOnlyList<DataPointDocument> DataPoints,
    string Action, CitationDocument Citation, IReadOnlyList<string> Caveats)
{
    /// <summary>The severity rank: 3 critical, 2 warning, 1 consider, 0 info (for ordering).</summary>
    [JsonIgnore]
    public int SeverityRank { get; init; }

    /// <summary>For an interaction finding with a forecast (LAM-INT): the expected change; left out of the JSON otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public InteractionForecastDocument? Forecast { get; init; }
}
