using LamTrack.Guidance.Catalogue;

namespace LamTrack.Guidance.Findings;

/// <summary>What a rule concluded for one patient on one day: severity, message, reasoning, action and source.</summary>
/// <param name="RuleId">The rule that produced the finding.</param>
/// <param name="RuleVersion">The rule version that produced it.</param>
/// <param name="Severity">How urgent it is.</param>
/// <param name="Message">What was found, in one sentence.</param>
/// <param name="DataPoints">The recorded facts the finding used, each with its date.</param>
/// <param name="Reasoning">Why the data lead to the message: thresholds and settings compared against.</param>
/// <param name="Action">The recommended action.</param>
/// <param name="Citation">The source, with its verification tag.</param>
/// <param name="Caveats">Verification caveats: a secondary-source rule, an unverified setting, an unavailable forecast.</param>
public sealed record Finding(
    RuleId RuleId,
    int RuleVersion,
    Severity Severity,
    string Message,
    IReadOnlyList<DataPoint> DataPoints,
    string Reasoning,
    string Action,
    Citation Citation,
    IReadOnlyList<string> Caveats)
{
    /// <summary>The expected size of an interaction (LAM-INT findings with a forecast), or null.</summary>
    public InteractionExpectation? Interaction { get; init; }

    /// <summary>The rationale: the reasoning followed by every data point used, for example "… Data: sirolimus trough 0.01 ng/mL on 2016-05-01."</summary>
    public string Rationale =>
        DataPoints.Count == 0 ? Reasoning : $"{Reasoning} Data: {string.Join("; ", DataPoints)}.";
}
