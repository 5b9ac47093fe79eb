namespace LamTrack.Web.Benchmarks;

/// <summary>A stored patient with a trough level, on whom the mixed load saves troughs and asks for dose proposals.</summary>
/// <param name="Id">Her id.</param>
/// <param name="TroughDate">The date of her latest stored trough (YYYY-MM-DD), which the new troughs and proposals use.</param>
internal sealed record TreatedPatient(string Id, string TroughDate);
