using System.Globalization;
using LamTrack.Dosing;
using LamTrack.Pharmacokinetics.Proposals;
using LamTrack.Pharmacokinetics.Proposals.Plans;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>Turns the engine's <see cref="DosePlan"/> into dates (<see cref="DosePlanSummary"/>) and its label warnings.</summary>
internal static class DosePlanSummaries
{
    public static DosePlanSummary From(DosePlan plan, PatientPkMapping mapping) =>
        new(plan.Reason, [.. plan.Phases.Select(p => Phase(p, mapping))], plan.TimeCourses, plan.Alternatives, (int)Math.Round(plan.HorizonHours / 24));

    public static IEnumerable<string> BeyondLabel(DosePlanSummary plan) =>
        plan.Phases.Where(p => p.IsBeyondLabel).Select(p => string.Create(CultureInfo.InvariantCulture,
            $"plan phase from {p.StartDate:yyyy-MM-dd} ({p.Label}): {Needed(p)}; regimen {p.Regimen} ({p.MeanDailyMilligrams:0.##} mg/day); this is beyond the label maximum of {SirolimusLabel.MaximumDailyDose.ToMilligramsPerDay():0.##} mg/day: shown, not capped; consider changing the interacting drug"));

    private static string Needed(PlanPhaseSummary p) => p.NeededDailyMilligrams is double n
        ? string.Create(CultureInfo.InvariantCulture, $"{n:0.##} mg/day is needed to bring the steady-state trough to the window centre")
        : "no daily dose brings the steady-state trough to the window centre under this model (its CL/F rises with the daily dose)";

    private static PlanPhaseSummary Phase(DosePlanPhase p, PatientPkMapping mapping) => new()
    {
        Label = p.Label,
        StartDate = mapping.DayAt(p.StartHours),
        EndDate = mapping.DayAt(p.EndHours),
        Regimen = p.Regimen.Description,
        CycleMilligrams = p.Regimen.CycleMilligrams,
        MeanDailyMilligrams = p.Regimen.MeanDailyMilligrams,
        NeededDailyMilligrams = p.NeededDailyMilligrams,
        IsBeyondLabel = p.IsBeyondLabel,
        ClearanceMultiplierAtStart = p.ClearanceMultiplierAtStart,
        ClearanceMultiplierAtEnd = p.ClearanceMultiplierAtEnd,
        LowestTroughNanogramsPerMillilitre = p.LowestTroughNanogramsPerMillilitre,
        HighestTroughNanogramsPerMillilitre = p.HighestTroughNanogramsPerMillilitre,
        LowerNanogramsPerMillilitre = p.LowerNanogramsPerMillilitre,
        UpperNanogramsPerMillilitre = p.UpperNanogramsPerMillilitre,
        ProbabilityInWindowAtEnd = p.ProbabilityInWindowAtEnd,
        CheckTroughDates = [.. p.CheckTroughTimesHours.Select(mapping.DayAt)],
    };
}
