using LamTrack.Storage.Patients;
using NodaTime;

namespace LamTrack.Storage.Tests.Support;

/// <summary>Hand-made snapshots that exercise every column: precisions, non-ASCII text, nested JSON.</summary>
internal static class Samples
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 27, 8, 0);

    public static PatientSnapshot Patient(string identifier = "case-1") => new(
        identifier,
        """{"birthDate":"1981","sex":"female","diagnosis":"LAM, sporadic"}""",
        [
            new EventSnapshot("Pneumothorax", new LocalDate(2009, 3, 1), "Month", "paper:case-1", """{"side":"right","recurrence":1}"""),
            new EventSnapshot("SirolimusStarted", new LocalDate(2012, 6, 14), "Day", "paper:case-1", """{"doseMgPerDay":1.0,"note":"début — 1 mg/jour"}"""),
            new EventSnapshot("TroughLevel", new LocalDate(2012, 7, 2), "Day", "chart", """{"ngPerMl":5.5,"nested":{"a":[1,2,3]}}"""),
            new EventSnapshot("Pregnancy", new LocalDate(2015, 1, 1), "Year", "paper:case-1", "{}"),
        ]);

    public static PatientSnapshot Edited(PatientSnapshot patient) => patient with
    {
        DetailsJson = """{"birthDate":"1981","sex":"female","diagnosis":"LAM, sporadic","edited":true}""",
        Events = [.. patient.Events.Take(2), new EventSnapshot("TroughLevel", new LocalDate(2012, 7, 3), "Day", "chart", """{"ngPerMl":6.1}""")],
    };
}
