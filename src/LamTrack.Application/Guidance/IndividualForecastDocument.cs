using System.Text.Json.Serialization;
using NodaTime;

namespace LamTrack.Application.Guidance;

/// <summary>The <c>forecast.individual</c> object of an interaction finding: the patient's troughs on the current dose from her
/// MAP estimate (the population prior without troughs), with 90 % intervals, and the model's dose back to the window.</summary>
/// <param name="Basis">The model and "MAP estimate from N trough(s)" or "population prior (no trough)".</param>
/// <param name="SteadyStateNanogramsPerMillilitre">The trough at the new steady state, ng/mL.</param>
/// <param name="SteadyStateLowerNanogramsPerMillilitre">Its 5th percentile, ng/mL.</param>
/// <param name="SteadyStateUpperNanogramsPerMillilitre">Its 95th percentile, ng/mL.</param>
/// <param name="NextTroughDate">The next planned trough date.</param>
/// <param name="NextTroughNanogramsPerMillilitre">The trough on that date, ng/mL.</param>
/// <param name="NextTroughLowerNanogramsPerMillilitre">Its 5th percentile, ng/mL.</param>
/// <param name="NextTroughUpperNanogramsPerMillilitre">Its 95th percentile, ng/mL.</param>
/// <param name="DoseBackToWindowMilligramsPerDay">The daily dose whose steady-state trough is the window centre, mg/day; null when none reaches it.</param>
/// <param name="DoseBeyondLabel">True when that dose exceeds the label maximum (or none reaches the window).</param>
public sealed record IndividualForecastDocument(
    string Basis, double SteadyStateNanogramsPerMillilitre, double SteadyStateLowerNanogramsPerMillilitre, double SteadyStateUpperNanogramsPerMillilitre,
    LocalDate NextTroughDate, double NextTroughNanogramsPerMillilitre, double NextTroughLowerNanogramsPerMillilitre, double NextTroughUpperNanogramsPerMillilitre,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? DoseBackToWindowMilligramsPerDay, bool DoseBeyondLabel)
{
    internal static IndividualForecastDocument From(LamTrack.Guidance.Interactions.IndividualInteractionForecast i) => new(
        i.Basis, i.SteadyState.Prediction.ToNanogramsPerMillilitre(), i.SteadyState.Lower.ToNanogramsPerMillilitre(), i.SteadyState.Upper.ToNanogramsPerMillilitre(),
        i.NextTroughDate, i.NextTrough.Prediction.ToNanogramsPerMillilitre(), i.NextTrough.Lower.ToNanogramsPerMillilitre(), i.NextTrough.Upper.ToNanogramsPerMillilitre(),
        i.DoseBackToWindow?.ToMilligramsPerDay(), i.DoseBeyondLabel);
}
