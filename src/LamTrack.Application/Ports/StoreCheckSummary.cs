namespace LamTrack.Application.Ports;

/// <summary>What a check of a store found.</summary>
/// <param name="Description">The store, for messages (a file name, or a server and database; never a password).</param>
/// <param name="Findings">Every problem found, one line each with its code: database first, then foreign keys, the audit chain and the patients.</param>
/// <param name="Notes">What was checked and what could not be.</param>
/// <param name="PatientsChecked">How many stored patients the domain rules were run over.</param>
public sealed record StoreCheckSummary(string Description, IReadOnlyList<string> Findings, IReadOnlyList<string> Notes, int PatientsChecked)
{
    /// <summary>Whether nothing was found.</summary>
    public bool IsClean => Findings.Count == 0;
}
