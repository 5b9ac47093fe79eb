using LamTrack.Domain.Events;

namespace LamTrack.Web.Components.Forms;

/// <summary>The forms of every event type of the patient file format (docs/patient-file-format.md), and the dose change of a course.</summary>
/// <remarks>
/// The forms only collect what the format has; the file reader validates it (PatientFileWriter.Parse), so a form
/// accepts exactly what a file would. Table-driven, hence long.
/// </remarks>
public static class EventForms
{
    /// <summary>The pseudo-type of a dose change, which the file nests in its course's "doseChanges".</summary>
    public const string DoseChange = "doseChange";

    private const string DateHint = "2016-03-14, 2016-03, 2016-W11, 2016 or a window 2015..2016";
    private static readonly string[] s_concentrationUnits = ["ng/mL", "ug/L", "pg/mL", "mg/L"];
    private static readonly string[] s_sides = ["left", "right", "bilateral", "unspecified"];

    /// <summary>The fields every event has.</summary>
    public static IReadOnlyList<FormField> Common { get; } =
    [
        new("id", "Event id", FieldKind.Text) { Required = true, Hint = "unique within the patient" },
        new("date", "Date", FieldKind.Date) { Required = true, Hint = DateHint },
        new("source", "Source", FieldKind.Text) { Required = true, Hint = "document locator, e.g. \"Clinic letter 2018-03-01\"" },
        new("note", "Note", FieldKind.Text),
    ];

    /// <summary>All forms, in the order the format lists the types.</summary>
    public static IReadOnlyList<EventForm> All { get; } =
    [
        new("pneumothorax", "Pneumothorax episode",
        [
            new("side", "Side", FieldKind.Choice) { Required = true, Options = s_sides },
            Number("compression.left", "Compression, left (%)"),
            Number("compression.right", "Compression, right (%)"),
            Number("compression.unspecified", "Compression, side unstated (%)"),
            new("resolution", "Resolution", FieldKind.Date) { Hint = DateHint },
            new("triggers", "Triggers", FieldKind.List) { Hint = "comma-separated: rest, minimalActivity, exertion, sneeze, pregnancy" },
            new("managedAt", "Managed at", FieldKind.Text),
        ]),
        new("intervention", "Intervention",
        [
            new("kind", "Kind", FieldKind.Choice) { Required = true, Options = ["observation", "supplementalOxygen", "chestTubeDrainage", "chemicalPleurodesis", "surgicalPleurodesis", "bullectomy", "otherSurgery"] },
            new("episode", "For episode (id)", FieldKind.Text),
            new("side", "Side", FieldKind.Choice) { Options = s_sides },
            new("agent", "Sclerosant", FieldKind.Text),
            new("description", "Description", FieldKind.Text),
            new("end", "End", FieldKind.Date) { Hint = DateHint },
        ]),
        new("sirolimus", "Sirolimus course",
        [
            Number("dose.value", "Starting dose") with { Hint = "mg/d; leave empty when not stated" },
            Unit("dose.unit", "Dose unit", ["mg/d"]),
            new("stop", "Stop", FieldKind.Date) { Hint = DateHint },
            new("stopReason", "Stop reason", FieldKind.Text),
        ]),
        new(DoseChange, "Sirolimus dose change",
        [
            new("course", "Course (id)", FieldKind.Text) { Required = true },
            Number("dose.value", "New dose") with { Required = true, Hint = "mg/d" },
            Unit("dose.unit", "Dose unit", ["mg/d"]),
            new("reason", "Reason", FieldKind.Text),
        ]),
        new("trough", "Trough level",
        [
            new("result.censoring", "Result", FieldKind.Choice) { Options = ["", "undetectable", "below", "above"], Hint = "empty for a measured value" },
            Number("result.value", "Value") with { Hint = "for a measured value" },
            Number("result.limit", "Limit") with { Hint = "for a censored value (below or above the limit)" },
            Unit("result.unit", "Unit", s_concentrationUnits),
            new("assay", "Assay", FieldKind.Text),
        ]),
        new("troughSummary", "Trough range over a period",
        [
            Number("low.value", "Lowest") with { Required = true },
            Unit("low.unit", "Unit of lowest", s_concentrationUnits),
            Number("high.value", "Highest") with { Required = true },
            Unit("high.unit", "Unit of highest", s_concentrationUnits),
            Number("count", "Number of levels"),
        ]),
        new("comedication", "Co-medication",
        [
            new("therapy", "Therapy", FieldKind.Text) { Required = true },
            new("agents", "Agents", FieldKind.List) { Hint = "comma-separated; may be empty" },
            new("indication", "Indication", FieldKind.Text),
            new("stop", "Stop", FieldKind.Date) { Hint = DateHint },
        ]),
        new("adverseEvent", "Adverse event",
        [
            new("category", "Category", FieldKind.Choice) { Required = true, Options = ["mucositis", "menstrualIrregularity", "arthralgia", "delayedWoundHealing", "hyperlipidaemia", "proteinuria", "pneumonitis", "infection", "other"] },
            new("term", "Term", FieldKind.Text) { Required = true },
            new("attributedToSirolimus", "Attributed to sirolimus", FieldKind.Flag),
            new("resolution", "Resolution", FieldKind.Date) { Hint = DateHint },
            new("action", "Action", FieldKind.Text),
            new("severity", "Severity", FieldKind.Text),
        ]),
        new("lab", "Laboratory result",
        [
            new("analyte", "Analyte", FieldKind.Choice) { Required = true, Options = ["vegfD", "paO2", "paCO2", "totalCholesterol", "triglycerides"] },
            Number("value.value", "Value") with { Required = true },
            Unit("value.unit", "Unit", ["pg/mL", "ng/mL", "mm[Hg]", "kPa", "mg/L"]),
            new("specimen", "Specimen", FieldKind.Text),
        ]),
        new("pft", "Pulmonary function test",
        [
            Number("values[fev1].value.value", "FEV1 (L)"),
            Number("values[fev1].percentPredicted", "FEV1 (% predicted)"),
            Number("values[fvc].value.value", "FVC (L)"),
            Number("values[fvc].percentPredicted", "FVC (% predicted)"),
            Number("values[dlco].value.value", "DLCO (mmol/min/kPa)"),
            Number("values[dlco].percentPredicted", "DLCO (% predicted)"),
        ]),
        new("sixMinuteWalk", "Six-minute walk",
        [
            Number("distance.value", "Distance") with { Required = true },
            Unit("distance.unit", "Unit", ["m", "km"]),
        ]),
        new("evidence", "Diagnostic evidence",
        [
            new("kind", "Kind", FieldKind.Choice) { Required = true, Options = ["hrct", "chestImaging", "histopathology", "tscStatus", "angiomyolipoma", "retroperitonealMass", "lymphangioleiomyoma", "chylousEffusion", "diagnosis"] },
            new("finding", "Finding", FieldKind.Text),
            new("specimen", "Specimen", FieldKind.Text),
            new("supportsLam", "Supports LAM", FieldKind.Flag),
        ]),
        new("pregnancy", "Pregnancy",
        [
            new("end", "End", FieldKind.Date) { Hint = DateHint },
            new("outcome", "Outcome", FieldKind.Text),
            new("deliveryMode", "Delivery mode", FieldKind.Text),
            Number("gestationalWeeksAtEnd", "Gestational weeks at end"),
        ]),
        new("hospitalStay", "Hospital stay",
        [
            new("discharge", "Discharge", FieldKind.Date) { Hint = DateHint },
            Number("minimumDays", "Minimum days"),
            new("facility", "Facility", FieldKind.Text),
            new("reason", "Reason", FieldKind.Text),
        ]),
        new("followUp", "Follow-up",
        [
            new("work", "Work", FieldKind.Text),
            new("exercise", "Exercise", FieldKind.Text),
            new("qualityOfLife", "Quality of life", FieldKind.Text),
        ]),
        new("condition", "Condition",
        [
            new("name", "Name", FieldKind.Text) { Required = true },
            new("resolution", "Resolution", FieldKind.Date) { Hint = DateHint },
        ]),
    ];

    /// <summary>The form of a type, or null for an unknown type.</summary>
    public static EventForm? Find(string? type) => All.FirstOrDefault(f => string.Equals(f.Type, type, StringComparison.Ordinal));

    /// <summary>The file's type word of a domain event.</summary>
    public static string TypeOf(ClinicalEvent clinicalEvent) => clinicalEvent switch
    {
        PneumothoraxEpisode => "pneumothorax",
        Intervention => "intervention",
        SirolimusCourse => "sirolimus",
        LamTrack.Domain.Events.DoseChange => DoseChange,
        TroughLevel => "trough",
        TroughSummary => "troughSummary",
        CoMedication => "comedication",
        AdverseEvent => "adverseEvent",
        LabResult => "lab",
        PulmonaryFunctionTest => "pft",
        SixMinuteWalk => "sixMinuteWalk",
        DiagnosisEvidence => "evidence",
        Pregnancy => "pregnancy",
        HospitalStay => "hospitalStay",
        FollowUpStatus => "followUp",
        _ => "condition",
    };

    private static FormField Number(string path, string label) => new(path, label, FieldKind.Number);

    private static FormField Unit(string path, string label, string[] units) =>
        new(path, label, FieldKind.Choice) { Options = units, Default = units[0] };
}
