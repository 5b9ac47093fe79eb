using LamTrack.Domain.Patients;
using NodaTime;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>A request for dose proposals for one patient.</summary>
/// <param name="Patient">The patient record (loaded and validated by the caller).</param>
/// <param name="Target">The trough window "LOW-HIGH" in ng/mL: "5-15" is the label's (EU SmPC, [L]), "3-10" the source paper's.</param>
public sealed record ProposeDoseRequest(Patient Patient, string Target = "5-15")
{
    /// <summary>The shipped model id; null for <see cref="PharmacokineticsOptions.DefaultModelId"/>.</summary>
    public string? ModelId { get; init; }

    /// <summary>A model file to read instead of a shipped model. For the command line only, which runs on the user's
    /// own files; a web host must never set it from a request.</summary>
    public string? ModelFile { get; init; }

    /// <summary>An interaction table file to use instead of the shipped one. For the command line only.</summary>
    public string? InteractionsFile { get; init; }

    /// <summary>The day the proposed regimen starts; null for the day of the last trough (or the last record).</summary>
    public LocalDate? DecisionDate { get; init; }

    /// <summary>Agents assumed for co-medications whose drugs the record does not name ("THERAPY=DRUG" pairs, by therapy).</summary>
    public IReadOnlyDictionary<string, string> AssumedAgents { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether to compute the forecast curve with its band for the best regimen (default true).</summary>
    public bool IncludeForecast { get; init; } = true;
}
