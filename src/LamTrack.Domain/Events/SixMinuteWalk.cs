using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;

namespace LamTrack.Domain.Events;

/// <summary>A six-minute walk test and the distance covered.</summary>
public sealed record SixMinuteWalk(string Id, ClinicalDate Date, SourceReference Source, Distance Distance)
    : ClinicalEvent(Id, Date, Source);
