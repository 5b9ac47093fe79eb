using System.Buffers;
using System.Globalization;
using System.Text.Json;
using LamTrack.Analytics.Cohort;
using LamTrack.Analytics.Lung;
using LamTrack.Analytics.Troughs;
using LamTrack.Statistics.Survival;

namespace LamTrack.Reporting.Analysis;

/// <summary>The per-patient, pooled, Kaplan–Meier and baseline sections of <c>analysis.json</c>.</summary>
public static partial class AnalysisJsonWriter
{
    private const int FlushThresholdBytes = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_patientBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_patientWriter;

    /// <summary>One patient's object, compact, as <see cref="Write"/> splices it into the <c>patients</c> array.</summary>
    internal static ReadOnlyMemory<byte> RenderPatient(PatientAnalysis patient)
    {
        // One buffer and writer per thread: the renderer runs once per patient on every core while a registry is read.
        ArrayBufferWriter<byte> buffer = t_patientBuffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        Utf8JsonWriter writer = t_patientWriter ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        WritePatient(writer, patient);
        writer.Flush();
        return ByteSlabs.Keep(buffer.WrittenSpan);
    }

    private static void WritePatients(Utf8JsonWriter w, IReadOnlyList<PatientReport> patients, bool indented)
    {
        w.WriteStartArray("patients");
        foreach (PatientReport p in patients)
        {
            if (indented)
            {
                WritePatient(w, p.Analysis!);
                continue;
            }

            // Rendered compact already, as the patient was analysed: a copy. The writer adds the comma between objects.
            w.WriteRawValue(p.Json.Span, skipInputValidation: true);
            if (w.BytesPending > FlushThresholdBytes)
            {
                w.Flush();
            }
        }

        w.WriteEndArray();
    }

    private static void WritePatient(Utf8JsonWriter w, PatientAnalysis p)
    {
        w.WriteStartObject();
        w.WriteString(AnalysisJsonNames.Id, p.Id);
        w.WriteString(AnalysisJsonNames.Label, p.Label);
        w.WriteString(AnalysisJsonNames.FirstSirolimusStart, p.FirstSirolimusStart?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        WriteByExposure(w, AnalysisJsonNames.Episodes, p.EpisodeCounts);
        WriteByExposure(w, AnalysisJsonNames.PersonYears, p.PersonYears);
        w.Number(AnalysisJsonNames.TimeInTargetRange, p.TimeInTargetRange);
        WriteBands(w, p.Bands, null);
        WriteRecurrenceTroughs(w, p.TroughsAtRecurrence);
        WriteFev1(w, p.Fev1);
        w.WriteEndObject();
    }

    private static void WriteBands(Utf8JsonWriter w, IReadOnlyList<BandExposure> bands, IReadOnlyList<Statistics.Rates.IncidenceRate?>? rates)
    {
        w.WriteStartArray(AnalysisJsonNames.TroughBands);
        for (int i = 0; i < bands.Count; i++)
        {
            BandExposure b = bands[i];
            w.WriteStartObject();
            w.WriteString(AnalysisJsonNames.Band, b.Band.Name);
            w.WriteNumber(AnalysisJsonNames.Days, b.Days);
            w.WriteNumber(AnalysisJsonNames.KnownLevelDays, b.KnownLevelDays);
            w.Number(AnalysisJsonNames.Fraction, b.Fraction);
            w.WriteNumber(AnalysisJsonNames.Episodes, b.Episodes);
            if (rates is not null)
            {
                w.Number("rate", rates[i]?.PerPersonYear);
                w.Interval("ci95", rates[i]?.Interval);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteRecurrenceTroughs(Utf8JsonWriter w, IReadOnlyList<TroughAtRecurrence> troughs)
    {
        w.WriteStartArray(AnalysisJsonNames.TroughAtRecurrence);
        foreach (TroughAtRecurrence t in troughs)
        {
            w.WriteStartObject();
            w.WriteString(AnalysisJsonNames.Episode, t.EpisodeId);
            w.WriteString(AnalysisJsonNames.Onset, t.Onset.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString(AnalysisJsonNames.Exposure, Name(t.Exposure));
            w.WriteString(AnalysisJsonNames.LastTrough, t.Result);
            w.Number(AnalysisJsonNames.NgPerMl, t.NanogramsPerMillilitre);
            w.Number(AnalysisJsonNames.DaysBefore, t.DaysBefore);
            w.WriteBoolean(AnalysisJsonNames.FromRange, t.FromRange);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteFev1(Utf8JsonWriter w, IReadOnlyList<Fev1Trend> trends)
    {
        w.WriteStartObject(AnalysisJsonNames.Fev1Slopes);
        foreach (Fev1Trend t in trends)
        {
            w.WriteStartObject(AnalysisJsonNames.Scope(t.Scope));
            w.WriteNumber(AnalysisJsonNames.Measurements, t.Measurements);
            w.Number(AnalysisJsonNames.MlPerYear, t.Trend?.Slope.ToMillilitresPerYear());
            w.Number(AnalysisJsonNames.MlPerMonth, t.Trend?.Slope.ToMillilitresPerMonth());
            w.Number(AnalysisJsonNames.StandardErrorMlPerYear, t.Trend?.SlopeStandardError);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WritePooled(Utf8JsonWriter w, CohortAnalysis a)
    {
        w.WriteStartObject("pooled");
        foreach (var kind in Analytics.Exposure.ByExposure<int>.Kinds)
        {
            WriteRate(w, Name(kind), a.Pooled[kind]);
        }

        WriteRatio(w, "rateRatioOnVsBefore", a.RateRatioOnVsBefore);
        WriteRatio(w, "rateRatioAfterVsOn", a.RateRatioAfterVsOn);
        w.WriteStartObject("pairedBeforeVsOn");
        w.WriteNumber("patients", a.PairedPatients);
        w.Number("statisticV", a.PairedBeforeVsOn?.Statistic);
        w.Number("pValue", a.PairedBeforeVsOn?.PValue);
        w.WriteString("method", a.PairedBeforeVsOn is null ? null : a.PairedBeforeVsOn.Method == Statistics.Hypothesis.PValueMethod.Exact ? "exact" : "normal approximation");
        w.WriteEndObject();
        w.Number("timeInTargetRange", a.TimeInTargetRange);
        WriteBands(w, a.Bands, a.BandRates);
        w.WriteStartObject("recurrenceOnTreatment");
        w.WriteNumber("patientsWithRecurrence", a.RecurrenceOnTreatment.Recurred);
        w.WriteNumber("treatedPatients", a.RecurrenceOnTreatment.Treated);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteKaplanMeier(Utf8JsonWriter w, CohortAnalysis a)
    {
        w.WriteStartObject("kaplanMeier");
        w.WriteString("origin", "first sirolimus start");
        w.WriteString("timeUnit", "days");
        w.WriteString("confidenceInterval", "log (R survfit default), Greenwood variance");
        WriteCurve(w, "intentionToTreat", a.KaplanMeierIntentionToTreat);
        WriteCurve(w, "onTreatment", a.KaplanMeierOnTreatment);
        w.WriteEndObject();
    }

    private static void WriteCurve(Utf8JsonWriter w, string name, KaplanMeierCurve? curve)
    {
        if (curve is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("subjects", curve.SubjectCount);
        w.WriteNumber("events", curve.EventCount);
        MedianSurvival median = curve.Median();
        w.Number("medianDays", median.Median);
        w.WriteStartArray("steps");
        foreach (KaplanMeierStep s in curve)
        {
            w.WriteStartObject();
            w.WriteNumber("time", s.Time);
            w.WriteNumber("nRisk", s.AtRisk);
            w.WriteNumber("nEvent", s.Events);
            w.WriteNumber("nCensor", s.Censored);
            w.WriteNumber("surv", s.Survival);
            w.Number("stdErr", s.StdErrCumulativeHazard);
            w.Number("lower", s.Lower);
            w.Number("upper", s.Upper);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteBaselines(Utf8JsonWriter w, CohortAnalysis a)
    {
        w.WriteStartArray("baselines");
        foreach (var b in a.Baselines)
        {
            w.WriteStartObject();
            w.WriteString("id", b.Id);
            w.WriteString("measure", b.Measure);
            w.WriteString("kind", b.Kind);
            w.WriteNumber("value", b.Value);
            w.Number("low95", b.Low);
            w.Number("high95", b.High);
            w.WriteString("citation", b.Citation);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
