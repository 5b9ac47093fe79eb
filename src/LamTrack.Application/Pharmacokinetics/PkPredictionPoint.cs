namespace LamTrack.Application.Pharmacokinetics;

/// <summary>The predictions at one observation record.</summary>
/// <param name="TimeHours">Time of the record, h.</param>
/// <param name="ObservedNanogramsPerMillilitre">The DV as recorded, ng/mL (NaN when the record has none).</param>
/// <param name="PopulationNanogramsPerMillilitre">PRED, the typical subject's concentration, ng/mL, or null when the model does not apply.</param>
/// <param name="IndividualNanogramsPerMillilitre">IPRED, the concentration with the record's ETA values, ng/mL, or null without ETA columns.</param>
public sealed record PkPredictionPoint(double TimeHours, double ObservedNanogramsPerMillilitre, double? PopulationNanogramsPerMillilitre, double? IndividualNanogramsPerMillilitre);
