using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;
using LamTrack.Measures.Units;
using NodaTime;

namespace LamTrack.Fhir.Synthetic;

/// <summary>Makes reproducible synthetic LAM patients for benchmarks (seeded <see cref="Random"/>): each has a smoking
/// status, an age, two or three pneumothorax episodes with chest-tube drainage, a sirolimus course with a dose change,
/// trough levels, a VEGF-D level and a PFT. About 24 FHIR resources per patient, Provenance included.</summary>
public static class SyntheticCohort
{
    private static readonly SourceDocument s_document = new("synthetic", "Synthetic LamTrack benchmark cohort");

    /// <summary>The patients <c>syn-000001</c>... in order; the same seed gives the same cohort.</summary>
    public static IEnumerable<Patient> Generate(int count, int seed)
    {
        var random = new Random(seed);
        for (int i = 1; i <= count; i++)
        {
            yield return Make($"syn-{i:D6}", random);
        }
    }

    private static Patient Make(string id, Random random)
    {
        var source = new SourceReference(s_document.Id, "generated", ProvenanceBasis.Stated);
        LocalDate first = new LocalDate(2000, 1, 1).PlusDays(random.Next(0, 8000));
        var events = new List<ClinicalEvent>();
        int episodes = 2 + random.Next(2);
        for (int e = 1; e <= episodes; e++)
        {
            LocalDate day = first.PlusDays((e - 1) * random.Next(30, 400));
            var side = (PneumothoraxSide)random.Next(3);
            events.Add(new PneumothoraxEpisode($"{id}-ptx{e}", ClinicalDate.OnDay(day), source, side)
            {
                RightCompression = side == PneumothoraxSide.Left ? null : LungCompression.FromPercent(random.Next(10, 95)),
                LeftCompression = side == PneumothoraxSide.Right ? null : LungCompression.FromPercent(random.Next(10, 95)),
                Resolution = ClinicalDate.OnDay(day.PlusDays(random.Next(3, 20))),
            });
            events.Add(new Intervention($"{id}-ctd{e}", ClinicalDate.OnDay(day), source, InterventionKind.ChestTubeDrainage) { EpisodeId = $"{id}-ptx{e}", Side = side });
        }

        LocalDate start = first.PlusDays(900);
        events.Add(new SirolimusCourse($"{id}-srl", ClinicalDate.OnDay(start), source)
        {
            StartingDose = DailyDose.FromMilligramsPerDay(2),
            DoseChanges = [new DoseChange($"{id}-dose1", ClinicalDate.OnDay(start.PlusDays(120)), source, DailyDose.FromMilligramsPerDay(1 + random.Next(3)))],
        });
        for (int t = 1; t <= 3; t++)
        {
            decimal level = Math.Round((decimal)(2 + (random.NextDouble() * 10)), 1);
            events.Add(new TroughLevel($"{id}-tr{t}", ClinicalDate.OnDay(start.PlusDays(30 * t)), source, TroughResult.Measured(Measurement.Create(level, "ng/mL"))));
        }

        events.Add(new LabResult($"{id}-vegfd", ClinicalDate.OnDay(start.PlusDays(-10)), source, LabAnalyte.VegfD, Measurement.Create(random.Next(400, 9000), "pg/mL")));
        events.Add(new PulmonaryFunctionTest($"{id}-pft", ClinicalDate.OnDay(start.PlusDays(365)), source,
            [new PftValue(PftMeasure.Fev1, Measurement.Create(Math.Round((decimal)(1 + random.NextDouble() * 2), 2), "L"), PercentPredicted.FromPercent(random.Next(40, 110)))]));
        return new Patient(id, s_document, events)
        {
            Smoking = random.Next(4) == 0 ? SmokingStatus.Former : SmokingStatus.Never,
            Age = new StatedAge(Age.FromYears(20 + random.Next(50)), ClinicalDate.OnDay(start), source),
            FollowUpEnd = ClinicalDate.OnDay(start.PlusDays(1000)),
        };
    }
}
