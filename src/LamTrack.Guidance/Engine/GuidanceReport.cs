using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Findings;
using NodaTime;

namespace LamTrack.Guidance.Engine;

/// <summary>Every rule's outcome for one patient on one day.</summary>
/// <param name="PatientId">The patient evaluated.</param>
/// <param name="AsOf">The day of evaluation: only events on or before it are used.</param>
/// <param name="Outcomes">One outcome per catalogue rule, in catalogue order.</param>
public sealed record GuidanceReport(string PatientId, LocalDate AsOf, IReadOnlyList<RuleOutcome> Outcomes)
{
    /// <summary>All findings, most severe first, then by rule id.</summary>
    public IReadOnlyList<Finding> Findings { get; } =
        [.. Outcomes.SelectMany(o => o.Findings).OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId)];

    /// <summary>The most severe finding, or <see langword="null"/> when there is none.</summary>
    public Finding? MostSevere => Findings.Count == 0 ? null : Findings[0];

    /// <summary>The outcome of one rule.</summary>
    /// <exception cref="RuleCatalogueException">No rule has this id.</exception>
    public RuleOutcome Outcome(string ruleId) =>
        Outcomes.FirstOrDefault(o => o.RuleId.Value == ruleId) ?? throw new RuleCatalogueException($"unknown rule id '{ruleId}': not in the report");

    /// <summary>The findings of one rule.</summary>
    /// <exception cref="RuleCatalogueException">No rule has this id.</exception>
    public IReadOnlyList<Finding> FindingsOf(string ruleId) => Outcome(ruleId).Findings;
}
