using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Engine;
using LamTrack.Guidance.Findings;

namespace LamTrack.Application.Guidance;

/// <summary>Maps the guidance engine's findings to the findings JSON contract.</summary>
internal static class FindingDocuments
{
    public static PatientAdvice Advice(GuidanceReport report) => new(
        report.PatientId, report.AsOf, [.. report.Findings.Select(Finding)],
        [.. report.Outcomes.Where(o => !o.IsApplicable).Select(o => new NotApplicableDocument(o.RuleId.ToString(), o.NotApplicableReason!))]);

    public static FindingDocument Finding(Finding f) => new(
        f.RuleId.ToString(), f.RuleVersion, f.Severity.ToString().ToLowerInvariant(), f.Message, f.Rationale,
        [.. f.DataPoints.Select(d => new DataPointDocument(d.Name, d.Value, d.Date))], f.Action, Citation(f.Citation), f.Caveats)
    {
        SeverityRank = (int)f.Severity,
        Forecast = f.Interaction is { } i
            ? new InteractionForecastDocument(i.Perpetrator, i.ClearanceFold, i.TroughFoldChange, i.ExpectedTroughNanogramsPerMillilitre, i.DaysToNewSteadyState,
                i.DoseBackToWindowMilligramsPerDay, i.DoseBeyondLabel, i.Method) { Individual = i.Individual is { } d ? IndividualForecastDocument.From(d) : null }
            : null,
    };

    public static CitationDocument Citation(Citation c) => new(c.ToString(), c.Source, c.Locator, c.Link, c.Tag.Code());
}
