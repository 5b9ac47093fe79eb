namespace LamTrack.Application.Ports;

/// <summary>What a research (REDCap-style CSV) export wrote.</summary>
/// <param name="Records">How many patients (records) were written.</param>
/// <param name="Rows">How many CSV rows were written (one per record and repeating instrument instance).</param>
/// <param name="Deidentified">Whether study ids, date shifts and the other de-identification steps were applied.</param>
public sealed record ResearchExportOutcome(int Records, int Rows, bool Deidentified);
