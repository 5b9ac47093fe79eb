namespace LamTrack.Application.Pharmacokinetics;

/// <summary>What the PK engine did with one recorded co-medication.</summary>
/// <param name="Drug">The drug as recorded.</param>
/// <param name="Perpetrator">The interaction-table entry it resolved to, or null when the table does not list it.</param>
/// <param name="Modelled">True when a CL/F effect was applied.</param>
/// <param name="Unverified">True when the applied effect uses an unverified number.</param>
/// <param name="Message">The sentence shown to the clinician.</param>
public sealed record InteractionSummary(string Drug, string? Perpetrator, bool Modelled, bool Unverified, string Message);
