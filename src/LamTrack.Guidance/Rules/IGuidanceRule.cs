using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules;

/// <summary>One clinical rule: reads the patient's timeline as of a date and answers with findings or "not applicable".</summary>
/// <remarks>The engine checks the catalogue's validity domain (sex, age, LAM diagnosis) before calling <see cref="Evaluate"/>; the rule checks its own inputs.</remarks>
internal interface IGuidanceRule
{
    RuleId Id { get; }

    RuleOutcome Evaluate(GuidanceContext context);
}
