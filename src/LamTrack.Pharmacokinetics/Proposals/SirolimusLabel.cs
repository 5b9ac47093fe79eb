using LamTrack.Measures.Quantities;

namespace LamTrack.Pharmacokinetics.Proposals;

/// <summary>The label limits every dose proposal, plan and guidance text uses: products and the maximum daily dose.</summary>
/// <remarks>
/// Products: Rapamune (sirolimus) tablets 0.5 mg, 1 mg and 2 mg and oral solution 1 mg/mL (Rapamune US prescribing
/// information, section 3 "Dosage forms and strengths") [L].
/// Maximum daily dose in LAM: 4 mg/day, "not to exceed 4 mg/day" (Japanese label of sirolimus tablets for
/// lymphangioleiomyomatosis, dosage and administration) [L/S]: the EU SmPC gives no maximum. A dose beyond it is
/// shown with its value and flagged as beyond the label, never silently capped.
/// </remarks>
public static class SirolimusLabel
{
    /// <summary>The maximum daily dose in LAM, 4 mg/day.</summary>
    public static DailyDose MaximumDailyDose { get; } = DailyDose.FromMilligramsPerDay(4);

    /// <summary>The citation of <see cref="MaximumDailyDose"/>, with its verification tag.</summary>
    public const string MaximumDailyDoseSource = "Japanese label of sirolimus tablets for LAM, dosage and administration: not to exceed 4 mg/day [L/S]";

    /// <summary>Tablet strengths, mg (Rapamune US prescribing information, section 3) [L].</summary>
    public static IReadOnlyList<double> TabletStrengthsMilligrams { get; } = [0.5, 1, 2];

    /// <summary>Oral solution strength, mg/mL (Rapamune US prescribing information, section 3) [L].</summary>
    public const double OralSolutionMilligramsPerMillilitre = 1.0;

    /// <summary>The smallest tablet step, mg: once-daily tablet doses are multiples of it.</summary>
    public static double TabletStepMilligrams => TabletStrengthsMilligrams[0];

    /// <summary>True when <paramref name="dose"/> exceeds <see cref="MaximumDailyDose"/>.</summary>
    public static bool IsBeyondLabel(DailyDose dose) => dose > MaximumDailyDose;
}
