using System.Globalization;
using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Findings;
using NodaTime;

namespace LamTrack.Guidance.Rules;

/// <summary>Shared plumbing of the rules: the id and the outcome factories.</summary>
internal abstract class RuleBase(string id) : IGuidanceRule
{
    public RuleId Id { get; } = RuleId.Parse(id);

    public abstract RuleOutcome Evaluate(GuidanceContext context);

    protected RuleOutcome NotApplicable(string reason) => RuleOutcome.NotApplicable(Id, reason);

    protected RuleOutcome Nothing() => RuleOutcome.Applicable(Id);

    protected RuleOutcome Found(params IReadOnlyList<Finding> findings) => RuleOutcome.Applicable(Id, findings);

    protected RuleOutcome NotOnSirolimus(GuidanceContext context) =>
        NotApplicable($"missing input: not taking sirolimus as of {Day(context.Timeline.AsOf)}");

    /// <summary>The latest trough of the running course, or the not-applicable outcome explaining why there is none.</summary>
    protected (Domain.Events.TroughLevel? Trough, RuleOutcome? Outcome) CurrentTrough(GuidanceContext context)
    {
        if (!context.Timeline.OnSirolimus)
        {
            return (null, NotOnSirolimus(context));
        }

        Domain.Events.TroughLevel? trough = Trough.LatestTrough.Of(context.Timeline);
        return trough is null ? (null, NotApplicable("missing input: no trough recorded during the current course")) : (trough, null);
    }

    protected static string Day(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
