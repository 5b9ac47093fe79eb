using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;
using NodaTime;

namespace LamTrack.Domain.Tests;

/// <summary>The source, document and dates the domain tests build their records from.</summary>
internal static class TestRecords
{
    public static SourceReference Source { get; } = new("test", "unit test", ProvenanceBasis.Stated);

    public static SourceDocument Document { get; } = new("test", "A unit test");

    public static ClinicalDate Day(int year, int month, int day) => ClinicalDate.OnDay(new LocalDate(year, month, day));
}
