using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;

namespace LamTrack.Domain.Events;

/// <summary>A period of co-medication that may matter for sirolimus (e.g. anti-tuberculosis therapy), from <see cref="ClinicalEvent.Date"/> to <see cref="Stop"/>.</summary>
public sealed record CoMedication(string Id, ClinicalDate Date, SourceReference Source, string Therapy)
    : ClinicalEvent(Id, Date, Source)
{
    /// <summary>The named drugs; empty when the source does not name them (case 4's anti-tuberculosis therapy).</summary>
    public IReadOnlyList<string> Agents { get; init; } = [];

    /// <summary>What it was given for ("tuberculosis").</summary>
    public string? Indication { get; init; }

    /// <summary>When it stopped; null while it goes on.</summary>
    public ClinicalDate? Stop { get; init; }
}
