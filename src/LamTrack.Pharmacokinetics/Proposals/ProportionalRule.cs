namespace LamTrack.Pharmacokinetics.Proposals;

/// <summary>The label's proportional rule: new dose = current dose × target / measured trough (EU SmPC S-LAM [L]).</summary>
/// <remarks>
/// The target is the arithmetic mid-point of the window. The rule assumes the measured trough is at steady state and
/// exposure is dose-proportional; neither holds soon after a change or with a changing interaction, which the model-based
/// proposals account for. Shown for comparison, rounded to the nearest 0.5 mg tablet step as well.
/// </remarks>
/// <param name="CurrentDailyMilligrams">Current daily dose, mg/day.</param>
/// <param name="MeasuredTroughNanogramsPerMillilitre">Last measured trough, ng/mL.</param>
/// <param name="TargetNanogramsPerMillilitre">Target used (window mid-point), ng/mL.</param>
public sealed record ProportionalRule(double CurrentDailyMilligrams, double MeasuredTroughNanogramsPerMillilitre, double TargetNanogramsPerMillilitre)
{
    /// <summary>The exact proportional dose, mg/day.</summary>
    public double NewDailyMilligrams => CurrentDailyMilligrams * TargetNanogramsPerMillilitre / MeasuredTroughNanogramsPerMillilitre;

    /// <summary>True when <see cref="NewDailyMilligrams"/> exceeds the label maximum (<see cref="SirolimusLabel.MaximumDailyDose"/>).</summary>
    public bool IsBeyondLabel => NewDailyMilligrams > SirolimusLabel.MaximumDailyDose.ToMilligramsPerDay();

    /// <summary>The proportional dose rounded to a 0.5 mg step, mg/day.</summary>
    public double RoundedDailyMilligrams => Math.Round(NewDailyMilligrams * 2, MidpointRounding.AwayFromZero) / 2;

    /// <summary>The rule for a window, or null when the measured trough is not positive (the rule divides by it).</summary>
    public static ProportionalRule? For(double currentDailyMilligrams, double measuredNanogramsPerMillilitre, TargetWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return measuredNanogramsPerMillilitre > 0 && currentDailyMilligrams > 0
            ? new ProportionalRule(currentDailyMilligrams, measuredNanogramsPerMillilitre, 0.5 * (window.LowNanogramsPerMillilitre + window.HighNanogramsPerMillilitre))
            : null;
    }
}
