using NodaTime;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>A dose proposal as data: the regimens, the forecast with its band, the next trough, every assumption and warning.</summary>
/// <remarks>
/// The same document is printed by <c>lamtrack pk dose --json</c> and returned by the web API. Times are hours after
/// 08:00 on <see cref="ReferenceDate"/> (the first day of the first sirolimus course: doses at 08:00, troughs just before).
/// When the model does not apply (<see cref="IsApplicable"/> false) only the model, the notes and the reasons are filled.
/// </remarks>
public sealed record DoseProposalReport
{
    /// <summary>The patient.</summary>
    public required string PatientId { get; init; }

    /// <summary>The model used.</summary>
    public required PkModelSummary Model { get; init; }

    /// <summary>The trough window, ng/mL, and where it comes from.</summary>
    public required TroughWindowSummary Window { get; init; }

    /// <summary>The first day of the first sirolimus course: time 0 is 08:00 that day.</summary>
    public required LocalDate ReferenceDate { get; init; }

    /// <summary>The day the proposed regimen starts.</summary>
    public required LocalDate DecisionDate { get; init; }

    /// <summary>The daily dose in force the day before the decision, mg/day, or null.</summary>
    public double? CurrentDailyMilligrams { get; init; }

    /// <summary>How many troughs the estimate used.</summary>
    public int TroughsUsed { get; init; }

    /// <summary>Whether the model applies to the patient; when not, <see cref="NotApplicableReasons"/> says why.</summary>
    public bool IsApplicable { get; init; }

    /// <summary>Why the model does not apply (empty when it does).</summary>
    public IReadOnlyList<string> NotApplicableReasons { get; init; } = [];

    /// <summary>The individual estimate (posterior mode), or null when not applicable.</summary>
    public IndividualEstimate? Estimate { get; init; }

    /// <summary>Every candidate regimen, best first.</summary>
    public IReadOnlyList<RegimenOption> Regimens { get; init; } = [];

    /// <summary>True when even the best regimen is unlikely to reach the window (below <see cref="PharmacokineticsOptions.NoCandidateProbability"/>).</summary>
    public bool NoCandidateLikely { get; init; }

    /// <summary>The label maximum daily dose the regimens are flagged against, mg/day, with its source.</summary>
    public required LabelMaximum LabelMaximum { get; init; }

    /// <summary>The label's proportional rule, or null when it cannot be computed.</summary>
    public ProportionalDose? Proportional { get; init; }

    /// <summary>The day to draw the next trough.</summary>
    public LocalDate NextTroughDate { get; init; }

    /// <summary>Why that day.</summary>
    public string NextTroughReason { get; init; } = string.Empty;

    /// <summary>The CL/F multiplier from interactions assumed at the new steady state (1 = none).</summary>
    public double ClearanceMultiplierAssumed { get; init; } = 1;

    /// <summary>The dose plan in phases when the CL/F multiplier from interacting drugs changes within the forecast
    /// horizon, or null: then the single proposal (<see cref="Regimens"/>) stands unchanged.</summary>
    public DosePlanSummary? Plan { get; init; }

    /// <summary>The forecast with the plan when there is one, otherwise with the best regimen; null when not asked for or not applicable.</summary>
    public DoseForecast? Forecast { get; init; }

    /// <summary>The troughs the estimate used, for a plot.</summary>
    public IReadOnlyList<TroughPoint> Troughs { get; init; } = [];

    /// <summary>What the engine did with each co-medication.</summary>
    public IReadOnlyList<InteractionSummary> Interactions { get; init; } = [];

    /// <summary>Every assumption made (mapping of the record, assumed covariates and agents, off-population prior).</summary>
    public IReadOnlyList<string> Assumptions { get; init; } = [];

    /// <summary>What the clinician must check: unknown or unverified interactions, non-convergence, doses beyond the label.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Every note in the order the command line prints them: the record mapping's assumptions, one sentence per
    /// co-medication, the model's assumptions and the warnings, each once.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The numerical settings used (samples, seed, forecast grid).</summary>
    public required PharmacokineticsSettingsUsed Settings { get; init; }
}
