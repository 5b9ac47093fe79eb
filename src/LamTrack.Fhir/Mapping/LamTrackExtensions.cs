using System.Globalization;
using Hl7.Fhir.Model;
using LamTrack.Fhir.Terminology;

namespace LamTrack.Fhir.Mapping;

/// <summary>The registry's extensions (URL = <see cref="CodeSystemUris.ExtensionBase"/> + name) and helpers to write
/// and read them. They carry what LamTrack records and FHIR R4 has no element for (docs/fhir.md lists them).</summary>
internal static class LamTrackExtensions
{
    public const string ClinicalDateName = "clinical-date";
    public const string DateValue = "value";
    public const string Approximate = "approximate";
    public const string Stated = "stated";
    public const string SourceDocumentName = "source-document";
    public const string Source = "source";
    public const string Locator = "locator";
    public const string Basis = "basis";
    public const string Quote = "quote";
    public const string Note = "note";
    public const string Document = "document";
    public const string Citation = "citation";
    public const string Doi = "doi";
    public const string FollowUpEnd = "follow-up-end";
    public const string DateConvention = "date-convention";
    public const string CurationNote = "curation-note";
    public const string Topic = "topic";
    public const string Text = "text";
    public const string EventId = "event";
    public const string Resolution = "resolution";
    public const string End = "end";
    public const string Stop = "stop";
    public const string StopSource = "stop-source";
    public const string Trigger = "trigger";
    public const string ManagedAt = "managed-at";
    public const string Kind = "kind";
    public const string Agent = "agent";
    public const string Trough = "trough";
    public const string TroughSummaryName = "trough-summary";
    public const string MeasurementCount = "measurement-count";
    public const string Censoring = "censoring";
    public const string ActionName = "action";
    public const string Severity = "severity";
    public const string Category = "category";
    public const string SupportsLam = "supports-lam";
    public const string StainedCells = "stained-cells";
    public const string Outcome = "outcome";
    public const string DeliveryMode = "delivery-mode";
    public const string GestationalAgeAtEnd = "gestational-age-at-end";
    public const string BirthWeight = "birth-weight";
    public const string MinimumStayDays = "minimum-stay-days";
    public const string Facility = "facility";
    public const string Reason = "reason";
    public const string EventKind = "event-kind";

    public static string Url(string name) => CodeSystemUris.ExtensionBase + name;

    public static void Set(IExtendable target, string name, DataType? value)
    {
        if (value is not null)
        {
            target.Extension.Add(new Extension(Url(name), value));
        }
    }

    public static void SetString(IExtendable target, string name, string? value) =>
        Set(target, name, value is null ? null : new FhirString(value));

    public static void SetBoolean(IExtendable target, string name, bool? value) =>
        Set(target, name, value is null ? null : new FhirBoolean(value));

    public static void SetInteger(IExtendable target, string name, int? value) =>
        Set(target, name, value is null ? null : new Integer(value));

    public static void AddComplex(IExtendable target, string name, Extension complex)
    {
        complex.Url = Url(name);
        target.Extension.Add(complex);
    }

    public static DataType? Get(IExtendable? target, string name) =>
        target?.Extension.FirstOrDefault(e => e.Url == Url(name))?.Value;

    public static IEnumerable<Extension> All(IExtendable? target, string name) =>
        target?.Extension.Where(e => e.Url == Url(name)) ?? [];

    public static string? GetString(IExtendable? target, string name) => Get(target, name) switch
    {
        FhirString s => s.Value,
        Markdown m => m.Value,
        Code c => c.Value,
        _ => null,
    };

    public static bool? GetBoolean(IExtendable? target, string name) => (Get(target, name) as FhirBoolean)?.Value;

    public static int? GetInteger(IExtendable? target, string name) => (Get(target, name) as Integer)?.Value;

    /// <summary>A decimal as FHIR writes it, from a double that round-trips ("R" format, as the patient files do).</summary>
    public static decimal ToDecimal(double value) =>
        decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
}
