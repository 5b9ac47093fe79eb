using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;

namespace LamTrack.Domain.Events;

/// <summary>A patient's state at a follow-up as stated: work, exercise, quality of life.</summary>
public sealed record FollowUpStatus(string Id, ClinicalDate Date, SourceReference Source)
    : ClinicalEvent(Id, Date, Source)
{
    /// <summary>Work status ("resumed work").</summary>
    public string? Work { get; init; }

    /// <summary>Exercise capacity ("jogging, running, mountain climbing").</summary>
    public string? Exercise { get; init; }

    /// <summary>Quality of life ("considerable improvement").</summary>
    public string? QualityOfLife { get; init; }
}
