using LamTrack.Guidance.Catalogue;

namespace LamTrack.Guidance.Findings;

/// <summary>The result of evaluating one rule: either findings (possibly none) or "not applicable" with the reason.</summary>
/// <remarks>A rule outside its validity domain or missing an input it needs answers <see cref="NotApplicable"/>; it never gives a silent recommendation (house style 7.2.8).</remarks>
public sealed class RuleOutcome
{
    private RuleOutcome(RuleId ruleId, IReadOnlyList<Finding> findings, string? notApplicableReason)
    {
        RuleId = ruleId;
        Findings = findings;
        NotApplicableReason = notApplicableReason;
    }

    /// <summary>The rule evaluated.</summary>
    public RuleId RuleId { get; }

    /// <summary>The findings; empty when the rule applied and found nothing, or did not apply.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Why the rule did not apply, or <see langword="null"/> when it did.</summary>
    public string? NotApplicableReason { get; }

    /// <summary>Whether the rule applied to this patient on this day.</summary>
    public bool IsApplicable => NotApplicableReason is null;

    /// <summary>The rule applied; <paramref name="findings"/> may be empty (nothing to report).</summary>
    public static RuleOutcome Applicable(RuleId ruleId, params IReadOnlyList<Finding> findings) =>
        new(ruleId, findings ?? [], null);

    /// <summary>The rule did not apply.</summary>
    /// <exception cref="ArgumentException">The reason is empty.</exception>
    public static RuleOutcome NotApplicable(RuleId ruleId, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(ruleId, [], reason);
    }

    /// <summary>"LAM-X-001: n finding(s)" or "LAM-X-001: not applicable (reason)".</summary>
    public override string ToString() =>
        IsApplicable ? $"{RuleId}: {Findings.Count} finding(s)" : $"{RuleId}: not applicable ({NotApplicableReason})";
}
