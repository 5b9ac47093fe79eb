using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Findings;
using LamTrack.Guidance.Interactions;
using LamTrack.Guidance.Settings;

namespace LamTrack.Guidance.Rules;

/// <summary>Everything a rule may read: the timeline as of the day, the settings, the interaction services and its own catalogue entry.</summary>
internal sealed record GuidanceContext(
    PatientTimeline Timeline,
    GuidanceSettings Settings,
    IInteractionForecaster Forecaster,
    PerpetratorCatalogue Perpetrators,
    RuleMetadata Metadata)
{
    /// <summary>The diagnostic assessment as of the day, shared by the rules.</summary>
    public required LamDiagnosisAssessment Diagnosis { get; init; }

    /// <summary>The caveat of each setting (null when none), computed once per engine.</summary>
    public required IReadOnlyDictionary<string, string?> SettingCaveats { get; init; }

    /// <summary>Builds a finding of the current rule, adding the caveats of its source and of every setting used.</summary>
    public Finding Finding(Severity severity, string message, string reasoning, string action, IReadOnlyList<DataPoint> data, params string[] settingsUsed) =>
        FindingWith(severity, message, reasoning, action, data, [], settingsUsed);

    /// <summary>As <see cref="Finding"/>, with extra caveats (for example an unavailable forecast).</summary>
    public Finding FindingWith(Severity severity, string message, string reasoning, string action, IReadOnlyList<DataPoint> data, IEnumerable<string> extraCaveats, params string[] settingsUsed)
    {
        var caveats = new List<string>();
        if (Metadata.Citation.Tag.Caveat() is { } ruleCaveat)
        {
            caveats.Add($"rule source: {ruleCaveat}");
        }

        caveats.AddRange(settingsUsed.Select(name => SettingCaveats[name]).OfType<string>());
        caveats.AddRange(extraCaveats);
        if (Metadata.Strength == EvidenceStrength.CaseSeries)
        {
            caveats.Add("case-series evidence (five patients): hypothesis-generating, not a guideline recommendation");
        }

        return new Finding(Metadata.Id, Metadata.Version, severity, message, data, reasoning, action, Metadata.Citation, caveats);
    }
}
