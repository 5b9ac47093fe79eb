using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Units;
using NodaTime;

namespace LamTrack.Analytics.Tests;

/// <summary>Small hand-built patients with day-precise dates.</summary>
internal static class TestPatients
{
    public static readonly SourceReference Source = new("test", "hand-built", ProvenanceBasis.Stated);

    public static ClinicalDate Day(int year, int month, int day) => ClinicalDate.OnDay(new LocalDate(year, month, day));

    public static PneumothoraxEpisode Episode(string id, ClinicalDate onset, PneumothoraxSide side = PneumothoraxSide.Left, ClinicalDate? resolved = null) =>
        new(id, onset, Source, side) { Resolution = resolved };

    public static SirolimusCourse Course(string id, ClinicalDate start, ClinicalDate? stop = null) => new(id, start, Source) { Stop = stop };

    public static TroughLevel Trough(string id, ClinicalDate date, decimal ngPerMl) =>
        new(id, date, Source, TroughResult.Measured(Measurement.Create(ngPerMl, "ng/mL")));

    public static Patient Patient(ClinicalDate followUpEnd, params ClinicalEvent[] events) =>
        new("p1", new SourceDocument("test", "hand-built test patient"), events) { FollowUpEnd = followUpEnd };
}
