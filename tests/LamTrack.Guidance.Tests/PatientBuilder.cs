using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;
using LamTrack.Measures.Units;
using NodaTime;
using NodaTime.Text;

namespace LamTrack.Guidance.Tests;

/// <summary>Builds small synthetic patient timelines for rule tests; every event is dated to the day.</summary>
internal sealed class PatientBuilder
{
    private static readonly SourceReference s_source = new("test", "synthetic test record", ProvenanceBasis.Stated);
    private readonly List<ClinicalEvent> _events = [];
    private int _next;

    public Sex Sex { get; init; } = Sex.Female;

    public double AgeYears { get; init; } = 30;

    public static LocalDate Day(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    public static ClinicalDate On(string iso) => ClinicalDate.OnDay(Day(iso));

    public PatientBuilder Diagnosed(string date = "2019-01-01") =>
        Add(new DiagnosisEvidence(Id("dx"), On(date), s_source, EvidenceKind.Histopathology, "LAM on biopsy") { SupportsLam = true });

    public PatientBuilder Evidence(string date, EvidenceKind kind, bool? supportsLam = true, double? sizeCentimetres = null) =>
        Add(new DiagnosisEvidence(Id("ev"), On(date), s_source, kind, kind.ToString())
        {
            SupportsLam = supportsLam,
            LargestDiameter = sizeCentimetres is { } cm ? Length.FromCentimetres(cm) : null,
        });

    public PatientBuilder Lab(string date, LabAnalyte analyte, decimal value, string unit) =>
        Add(new LabResult(Id("lab"), On(date), s_source, analyte, Measurement.Create(value, unit)));

    public PatientBuilder Pneumothorax(string date, string? resolved = null, PneumothoraxSide side = PneumothoraxSide.Left, double? compressionPercent = null) =>
        Add(new PneumothoraxEpisode(Id("ptx"), On(date), s_source, side)
        {
            Resolution = resolved is null ? null : On(resolved),
            UnspecifiedSideCompression = compressionPercent is { } c ? LungCompression.FromPercent(c) : null,
        });

    public PatientBuilder Intervention(string date, InterventionKind kind, string? end = null, PneumothoraxSide? side = null, string? agent = null, string? episode = null) =>
        Add(new Intervention(Id("int"), On(date), s_source, kind) { End = end is null ? null : On(end), Side = side, Agent = agent, EpisodeId = episode });

    public PatientBuilder Sirolimus(string start, double milligramsPerDay = 2, string? stop = null, string? stopReason = null, params (string Date, double MilligramsPerDay)[] changes) =>
        Add(new SirolimusCourse(Id("srl"), On(start), s_source)
        {
            StartingDose = DailyDose.FromMilligramsPerDay(milligramsPerDay),
            Stop = stop is null ? null : On(stop),
            StopReason = stopReason,
            DoseChanges = [.. changes.Select(c => new DoseChange(Id("dose"), On(c.Date), s_source, DailyDose.FromMilligramsPerDay(c.MilligramsPerDay)))],
        });

    public PatientBuilder Trough(string date, decimal nanogramsPerMillilitre) =>
        Add(new TroughLevel(Id("tr"), On(date), s_source, TroughResult.Measured(Measurement.Create(nanogramsPerMillilitre, "ng/mL"))));

    public PatientBuilder TroughAbove(string date, decimal limit) =>
        Add(new TroughLevel(Id("tr"), On(date), s_source, TroughResult.Above(Measurement.Create(limit, "ng/mL"))));

    public PatientBuilder TroughUndetectable(string date) =>
        Add(new TroughLevel(Id("tr"), On(date), s_source, TroughResult.Undetectable(null)));

    public PatientBuilder TroughSummary(string from, string to, double low, double high) =>
        Add(new TroughSummary(Id("trs"), ClinicalDate.Between(Day(from), Day(to)), s_source, MassConcentration.FromNanogramsPerMillilitre(low), MassConcentration.FromNanogramsPerMillilitre(high)));

    public PatientBuilder Fev1(string date, decimal litres, double? percentPredicted = null) =>
        Add(new PulmonaryFunctionTest(Id("pft"), On(date), s_source,
            [new PftValue(PftMeasure.Fev1, Measurement.Create(litres, "L"), percentPredicted is { } p ? PercentPredicted.FromPercent(p) : null)]));

    public PatientBuilder CoMedication(string start, string therapy, string? stop = null) =>
        Add(new CoMedication(Id("med"), On(start), s_source, therapy) { Stop = stop is null ? null : On(stop) });

    public PatientBuilder CoMedication(string start, string therapy, string[] agents, string? stop = null) =>
        Add(new CoMedication(Id("med"), On(start), s_source, therapy) { Agents = agents, Stop = stop is null ? null : On(stop) });

    public PatientBuilder Pregnancy(string date, string? end = null) =>
        Add(new Domain.Events.Pregnancy(Id("preg"), On(date), s_source) { End = end is null ? null : On(end) });

    public PatientBuilder Condition(string date, string name, string? resolved = null) =>
        Add(new Condition(Id("cond"), On(date), s_source, name) { Resolution = resolved is null ? null : On(resolved) });

    public PatientBuilder Adverse(string date, AdverseEventCategory category, string term, string? severity = null, string? resolved = null) =>
        Add(new AdverseEvent(Id("ae"), On(date), s_source, category, term) { Severity = severity, AttributedToSirolimus = true, Resolution = resolved is null ? null : On(resolved) });

    public Patient Build(string id = "test-patient") =>
        new(id, new SourceDocument("test", "synthetic"), _events)
        {
            Sex = Sex,
            Age = new StatedAge(Age.FromYears(AgeYears), On("2020-01-01"), s_source),
        };

    private PatientBuilder Add(ClinicalEvent e)
    {
        _events.Add(e);
        return this;
    }

    private string Id(string prefix) => $"{prefix}-{++_next}";
}
