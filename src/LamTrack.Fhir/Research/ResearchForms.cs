using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using static LamTrack.Fhir.Research.ExportContext;

namespace LamTrack.Fhir.Research;

/// <summary>The instruments of the REDCap-style research export (docs/research-export.md), one per FHIR resource kind of docs/fhir.md.
/// Dates are split into earliest and latest day plus a precision, because LamTrack keeps windows and partial dates.</summary>
internal static class ResearchForms
{
    private const string Side = "left, Left | right, Right | bilateral, Bilateral | unspecified, Unspecified";

    public static IReadOnlyList<IResearchForm> All { get; } =
    [
        Demographics(), Episodes(), Interventions(), Sirolimus(), DoseChanges(), Troughs(), Labs(), Pft(), Walks(), AdverseEvents(), OtherEvents(),
    ];

    private static ResearchForm<Patient> Demographics()
    {
        const string F = "demographics";
        return new(F, false, p => [p],
        [
            ResearchForm<Patient>.Column(F, "label", "text", "Label (pseudonym in the source)", (p, _) => p.Label, sensitive: true),
            ResearchForm<Patient>.Column(F, "sex", "radio", "Sex", (p, _) => p.Sex.ToString().ToLowerInvariant(), choices: "female, Female | male, Male | unknown, Unknown"),
            ResearchForm<Patient>.Column(F, "smoking", "radio", "Smoking status", (p, _) => p.Smoking.ToString().ToLowerInvariant(),
                choices: "never, Never | former, Former | current, Current | unknown, Unknown"),
            ResearchForm<Patient>.Column(F, "age_years", "text", "Age (completed years; 90+ when over 89 in a de-identified export)",
                (p, c) => p.Age is null ? null : c.Deidentified ? Deidentifier.FormatAgeYears((int)p.Age.Age.ToYears()) : Number(p.Age.Age.ToYears())),
            ResearchForm<Patient>.Column(F, "age_as_of", "text", "Age stated as of (earliest day)", (p, c) => c.Earliest(p.Age?.AsOf), validation: "date_ymd"),
            ResearchForm<Patient>.Column(F, "follow_up_end", "text", "End of follow-up (latest day)", (p, c) => c.Latest(p.FollowUpEnd), validation: "date_ymd"),
            ResearchForm<Patient>.Column(F, "source_document", "text", "Source document", (p, _) => p.Document.Citation, sensitive: true),
        ]);
    }

    private static ResearchForm<PneumothoraxEpisode> Episodes()
    {
        const string F = "pneumothorax_episode";
        return new(F, true, p => p.Episodes,
        [
            .. Dated<PneumothoraxEpisode>(F, "ptx"),
            ResearchForm<PneumothoraxEpisode>.Column(F, "ptx_side", "radio", "Side", (e, _) => e.Side.ToString().ToLowerInvariant(), choices: Side),
            ResearchForm<PneumothoraxEpisode>.Column(F, "ptx_compression_left", "text", "Left lung compression (%)", (e, _) => Number(e.LeftCompression?.ToPercent()), validation: "number"),
            ResearchForm<PneumothoraxEpisode>.Column(F, "ptx_compression_right", "text", "Right lung compression (%)", (e, _) => Number(e.RightCompression?.ToPercent()), validation: "number"),
            ResearchForm<PneumothoraxEpisode>.Column(F, "ptx_compression_unspecified", "text", "Lung compression, side not stated (%)", (e, _) => Number(e.UnspecifiedSideCompression?.ToPercent()), validation: "number"),
            ResearchForm<PneumothoraxEpisode>.Column(F, "ptx_resolved", "text", "Resolution (latest day)", (e, c) => c.Latest(e.Resolution), validation: "date_ymd"),
            ResearchForm<PneumothoraxEpisode>.Column(F, "ptx_triggers", "text", "Triggers (semicolon-separated)", (e, _) => e.Triggers.Count == 0 ? null : string.Join(';', e.Triggers.Select(t => t.ToString().ToLowerInvariant()))),
        ]);
    }

    private static ResearchForm<Intervention> Interventions()
    {
        const string F = "intervention";
        return new(F, true, p => p.EventsOf<Intervention>(),
        [
            .. Dated<Intervention>(F, "intervention"),
            ResearchForm<Intervention>.Column(F, "intervention_kind", "text", "Kind", (e, _) => e.Kind.ToString()),
            ResearchForm<Intervention>.Column(F, "intervention_side", "radio", "Side", (e, _) => e.Side?.ToString().ToLowerInvariant(), choices: Side),
            ResearchForm<Intervention>.Column(F, "intervention_description", "notes", "Description", (e, _) => e.Description, sensitive: true),
        ]);
    }

    private static ResearchForm<SirolimusCourse> Sirolimus()
    {
        const string F = "sirolimus";
        return new(F, true, p => p.SirolimusCourses,
        [
            .. Dated<SirolimusCourse>(F, "siro"),
            ResearchForm<SirolimusCourse>.Column(F, "siro_start_dose", "text", "Starting dose (mg/day)", (e, _) => Number(e.StartingDose?.ToMilligramsPerDay()), validation: "number"),
            ResearchForm<SirolimusCourse>.Column(F, "siro_stop", "text", "Stop (earliest day)", (e, c) => c.Earliest(e.Stop), validation: "date_ymd"),
            ResearchForm<SirolimusCourse>.Column(F, "siro_stop_reason", "notes", "Stop reason", (e, _) => e.StopReason, sensitive: true),
        ]);
    }

    private static ResearchForm<DoseChange> DoseChanges()
    {
        const string F = "dose_change";
        return new(F, true, p => p.SirolimusCourses.SelectMany(c => c.DoseChanges),
        [
            .. Dated<DoseChange>(F, "dose"),
            ResearchForm<DoseChange>.Column(F, "dose_mg_per_day", "text", "New dose (mg/day)", (e, _) => Number(e.NewDose.ToMilligramsPerDay()), validation: "number"),
            ResearchForm<DoseChange>.Column(F, "dose_reason", "notes", "Reason", (e, _) => e.Reason, sensitive: true),
        ]);
    }

    private static ResearchForm<TroughLevel> Troughs()
    {
        const string F = "trough";
        return new(F, true, p => p.EventsOf<TroughLevel>(),
        [
            .. Dated<TroughLevel>(F, "trough"),
            ResearchForm<TroughLevel>.Column(F, "trough_ng_ml", "text", "Sirolimus trough (ng/mL)", (e, _) => Number(e.Result.Value?.ToNanogramsPerMillilitre()), validation: "number"),
            ResearchForm<TroughLevel>.Column(F, "trough_censoring", "radio", "Censoring", (e, _) => e.Result.Censoring.ToString().ToLowerInvariant(),
                choices: "none, Measured | undetectable, Undetectable | belowlimit, Below limit | abovelimit, Above limit"),
            ResearchForm<TroughLevel>.Column(F, "trough_limit_ng_ml", "text", "Limit for a censored result (ng/mL)", (e, _) => Number(e.Result.Limit?.ToNanogramsPerMillilitre()), validation: "number"),
        ]);
    }

    private static ResearchForm<LabResult> Labs()
    {
        const string F = "labs";
        return new(F, true, p => p.EventsOf<LabResult>(),
        [
            .. Dated<LabResult>(F, "lab"),
            ResearchForm<LabResult>.Column(F, "lab_analyte", "text", "Analyte", (e, _) => e.Analyte.ToString()),
            ResearchForm<LabResult>.Column(F, "lab_value", "text", "Value as recorded", (e, _) => Number(e.Value.Value), validation: "number"),
            ResearchForm<LabResult>.Column(F, "lab_unit", "text", "UCUM unit", (e, _) => e.Value.Unit.Code),
        ]);
    }

    private static ResearchForm<PulmonaryFunctionTest> Pft()
    {
        const string F = "pft";
        var columns = new List<ResearchColumn<PulmonaryFunctionTest>>(Dated<PulmonaryFunctionTest>(F, "pft"));
        foreach (PftMeasure measure in Enum.GetValues<PftMeasure>())
        {
            string name = measure.ToString().ToLowerInvariant();
            columns.Add(ResearchForm<PulmonaryFunctionTest>.Column(F, $"pft_{name}", "text", $"{measure} (value as recorded)", (e, _) => Number(e.Get(measure)?.Absolute?.Value), validation: "number"));
            columns.Add(ResearchForm<PulmonaryFunctionTest>.Column(F, $"pft_{name}_unit", "text", $"{measure} UCUM unit", (e, _) => e.Get(measure)?.Absolute?.Unit.Code));
            columns.Add(ResearchForm<PulmonaryFunctionTest>.Column(F, $"pft_{name}_pct_pred", "text", $"{measure} (% predicted)", (e, _) => Number(e.Get(measure)?.Predicted?.ToPercent()), validation: "number"));
        }

        return new(F, true, p => p.EventsOf<PulmonaryFunctionTest>(), columns);
    }

    private static ResearchForm<SixMinuteWalk> Walks()
    {
        const string F = "six_minute_walk";
        return new(F, true, p => p.EventsOf<SixMinuteWalk>(),
        [
            .. Dated<SixMinuteWalk>(F, "walk"),
            ResearchForm<SixMinuteWalk>.Column(F, "walk_m", "text", "Six-minute walk distance (m)", (e, _) => Number(e.Distance.ToMetres()), validation: "number"),
        ]);
    }

    private static ResearchForm<AdverseEvent> AdverseEvents()
    {
        const string F = "adverse_event";
        return new(F, true, p => p.EventsOf<AdverseEvent>(),
        [
            .. Dated<AdverseEvent>(F, "ae"),
            ResearchForm<AdverseEvent>.Column(F, "ae_category", "text", "Category", (e, _) => e.Category.ToString()),
            ResearchForm<AdverseEvent>.Column(F, "ae_sirolimus", "yesno", "Attributed to sirolimus", (e, _) => YesNo(e.AttributedToSirolimus)),
            ResearchForm<AdverseEvent>.Column(F, "ae_resolved", "text", "Resolution (latest day)", (e, c) => c.Latest(e.Resolution), validation: "date_ymd"),
            ResearchForm<AdverseEvent>.Column(F, "ae_term", "notes", "Term as written", (e, _) => e.Term, sensitive: true),
        ]);
    }

    private static ResearchForm<ClinicalEvent> OtherEvents()
    {
        const string F = "other_event";
        return new(F, true, p => p.Events.Where(e => e is Condition or CoMedication or DiagnosisEvidence or HospitalStay or Pregnancy or TroughSummary or FollowUpStatus),
        [
            .. Dated<ClinicalEvent>(F, "other"),
            ResearchForm<ClinicalEvent>.Column(F, "other_type", "text", "Event type", (e, _) => e.GetType().Name),
            ResearchForm<ClinicalEvent>.Column(F, "other_text", "notes", "Name, therapy or finding as written", (e, _) => e switch
            {
                Condition c => c.Name,
                CoMedication m => m.Therapy,
                DiagnosisEvidence d => d.Finding,
                HospitalStay h => h.Reason,
                _ => null,
            }, sensitive: true),
        ]);
    }

    // Every event row starts with its date as earliest and latest day plus precision (day, week, month, year, window).
    private static IEnumerable<ResearchColumn<T>> Dated<T>(string form, string prefix)
        where T : ClinicalEvent =>
    [
        ResearchForm<T>.Column(form, $"{prefix}_event_id", "text", "LamTrack event id", (e, _) => e.Id, sensitive: true),
        ResearchForm<T>.Column(form, $"{prefix}_date_earliest", "text", "Date, earliest day", (e, c) => c.Earliest(e.Date), validation: "date_ymd"),
        ResearchForm<T>.Column(form, $"{prefix}_date_latest", "text", "Date, latest day", (e, c) => c.Latest(e.Date), validation: "date_ymd"),
        ResearchForm<T>.Column(form, $"{prefix}_date_precision", "radio", "Date precision", (e, _) => Precision(e.Date),
            choices: "day, Day | week, Week | month, Month | year, Year | window, Window"),
        ResearchForm<T>.Column(form, $"{prefix}_note", "notes", "Note", (e, _) => e.Note, sensitive: true),
    ];
}
