using System.Globalization;
using LamTrack.Guidance.Catalogue;
using LamTrack.Measures.Quantities;
using LamTrack.Pharmacokinetics.Interactions;

namespace LamTrack.Guidance.Interactions;

/// <summary>Forecasts the size of an interaction from the PK engine's interaction table (clearance fold and effect time constants).</summary>
/// <remarks>
/// Assumes linear pharmacokinetics at steady state, where the trough is proportional to 1 / CL:
/// trough ratio = 1 / f when the perpetrator starts and f when it stops, with f the table's CL/F fold (dimensionless).
/// The new steady state is taken as reached after three time constants of the effect (onset τ on start, offset τ on
/// stop, in hours; 95 % of the change). The fold and the time constants carry the table's own verification tags,
/// which the finding prints. A perpetrator the table does not list gets "no forecast available" with the reason.
/// </remarks>
public sealed class ClearanceTableInteractionForecaster(InteractionTable table) : IInteractionForecaster
{
    private const double TimeConstantsToSteadyState = 3.0;
    private const double HoursPerDay = 24.0;

    /// <inheritdoc/>
    public InteractionForecastOutcome Forecast(InteractionForecastRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        LamTrack.Pharmacokinetics.Interactions.Perpetrator? entry = table.Find(request.Perpetrator.Name)
            ?? request.Perpetrator.Aliases.Select(table.Find).FirstOrDefault(p => p is not null);
        if (entry is null || !entry.IsModelled)
        {
            return InteractionForecastOutcome.Unavailable($"no quantitative forecast is available: the PK interaction table has no clearance fold for '{request.Perpetrator.Name}'");
        }

        bool started = request.Change == InteractionChange.Started;
        double ratio = started ? 1.0 / entry.ClearanceFold : entry.ClearanceFold;
        double tauHours = started ? entry.OnsetTimeConstantHours : entry.OffsetTimeConstantHours;
        int days = (int)Math.Ceiling(TimeConstantsToSteadyState * Math.Max(tauHours, 0) / HoursPerDay);
        MassConcentration? expected = request.LastTrough is { } before
            ? MassConcentration.FromNanogramsPerMillilitre(Math.Min(before.ToNanogramsPerMillilitre() * ratio, MassConcentration.MaximumNanogramsPerMillilitre))
            : null;
        string method = string.Create(CultureInfo.InvariantCulture,
            $"PK interaction table, linear steady state: CL/F x{entry.ClearanceFold:0.###} {entry.FoldVerification}, effect time constant {tauHours:0} h {entry.TimeVerification}");
        // An unreadable tag in the table counts as unverified.
        VerificationTag tag = !entry.HasUnverifiedNumbers && VerificationTags.TryParse(entry.FoldVerification, out VerificationTag parsed) ? parsed : VerificationTag.Unverified;
        var source = new Citation(entry.FoldBasis, $"interaction table entry '{entry.Name}'", string.Empty, tag);
        return InteractionForecastOutcome.Available(new InteractionForecast(ratio, expected, days, method, source));
    }
}
