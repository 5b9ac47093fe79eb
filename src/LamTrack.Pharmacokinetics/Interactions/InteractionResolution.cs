using LamTrack.Pharmacokinetics.Dosing;

namespace LamTrack.Pharmacokinetics.Interactions;

/// <summary>The CL/F schedule built from co-medication periods, with one note per co-medication.</summary>
/// <param name="Clearance">Piecewise-constant CL/F multipliers for the solver.</param>
/// <param name="Notes">What was applied, flagged when unverified, and every unknown co-medication.</param>
public sealed record InteractionResolution(ClearanceSchedule Clearance, IReadOnlyList<InteractionNote> Notes);
