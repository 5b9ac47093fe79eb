using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Units;
using LamTrack.PatientFiles.Dto;

namespace LamTrack.PatientFiles.Reading;

/// <summary>Collects issues for one patient record and converts file values to domain values, reporting instead of throwing.</summary>
internal sealed class IssueSink(string file, long? line, string? patientId, string defaultDocument)
{
    private readonly List<PatientFileIssue> _issues = [];
    private SourceReference? _lastSource;

    public IReadOnlyList<PatientFileIssue> Issues => _issues;

    public string? EventId { get; set; }

    public string DefaultDocument { get; } = defaultDocument;

    public void Add(string code, FieldName field, string message) =>
        _issues.Add(new PatientFileIssue(code, file, line, patientId, EventId, field.ToString(), message));

    public bool Require([NotNullWhen(true)] object? value, FieldName field)
    {
        if (value is null || (value is string s && string.IsNullOrWhiteSpace(s)))
        {
            Add(PatientFileIssueCodes.MissingField, field, "is required");
            return false;
        }

        return true;
    }

    public ClinicalDate? Date(DateDto? dto, FieldName field, bool required)
    {
        if (dto is null)
        {
            if (required)
            {
                Add(PatientFileIssueCodes.MissingField, field, "a date is required");
            }

            return null;
        }

        if (!ClinicalDateParser.TryParse(dto.Value, out ClinicalDate? date, out string? error))
        {
            Add(PatientFileIssueCodes.BadDate, field, error);
            return null;
        }

        return dto.Approx || dto.Stated is not null ? date with { IsApproximate = dto.Approx, Stated = dto.Stated } : date;
    }

    public SourceReference? Source(SourceDto? dto, FieldName field)
    {
        if (dto is null || string.IsNullOrWhiteSpace(dto.Locator))
        {
            Add(PatientFileIssueCodes.MissingField, field + ".locator", "every record needs a source locator (e.g. \"Case 1 narrative\")");
            return null;
        }

        ProvenanceBasis? basis = dto.Basis is null ? ProvenanceBasis.Stated : Word<ProvenanceBasis>(dto.Basis, field + ".basis");
        if (basis is null)
        {
            return null;
        }

        // A record's events usually share one source ("Case 2 narrative", "Table 1"): one immutable reference serves them all.
        string document = dto.Document ?? DefaultDocument;
        if (_lastSource is not { } last || last.Document != document || last.Locator != dto.Locator || last.Basis != basis.Value
            || last.Quote != dto.Quote || last.Note != dto.Note)
        {
            _lastSource = new SourceReference(document, dto.Locator, basis.Value) { Quote = dto.Quote, Note = dto.Note };
        }

        return _lastSource;
    }

    public TEnum? Word<TEnum>(string? word, FieldName field)
        where TEnum : struct, Enum
    {
        if (word is { Length: > 0 } && !char.IsDigit(word[0]) && Enum.TryParse(word, ignoreCase: true, out TEnum value))
        {
            return value;
        }

        string allowed = string.Join(", ", Enum.GetNames<TEnum>().Select(FileWords.ToWord));
        Add(word is null ? PatientFileIssueCodes.MissingField : PatientFileIssueCodes.UnknownValue, field, word is null ? $"is required (one of {allowed})" : $"'{word}' is not one of {allowed}");
        return null;
    }

    public Measurement? Quantity(QuantityDto? dto, FieldName field, Dimension expected, bool required = true)
    {
        if (dto is null)
        {
            if (required)
            {
                Add(PatientFileIssueCodes.MissingField, field, "a value with a unit is required");
            }

            return null;
        }

        return Quantity(dto.Value, dto.Unit, field, expected);
    }

    public Measurement? Quantity(decimal? value, string? unit, FieldName field, Dimension expected)
    {
        if (value is null)
        {
            Add(PatientFileIssueCodes.MissingField, field + ".value", "a number is required");
            return null;
        }

        if (!UcumUnits.TryParse(unit, out UcumUnit? parsed))
        {
            Add(PatientFileIssueCodes.BadUnit, field + ".unit", unit is null ? "a unit is required" : $"unknown unit '{unit}' (UCUM codes such as {string.Join(", ", UcumUnits.Codes.Take(6))})");
            return null;
        }

        if (parsed.Dimension != expected)
        {
            Add(PatientFileIssueCodes.BadUnit, field + ".unit", $"'{unit}' is a {parsed.Dimension} unit; a {expected} unit is required");
            return null;
        }

        return Positive(value.Value, field, ".value") ? InRange(Measurement.Create(value.Value, parsed.Code), field) : null;
    }

    private Measurement? InRange(Measurement measurement, FieldName field)
    {
        if (measurement.OutOfRangeReason() is { } reason)
        {
            Add(PatientFileIssueCodes.OutOfRange, field + ".value", $"{measurement} is out of range: {reason}");
            return null;
        }

        return measurement;
    }

    public bool Positive(decimal value, string field) => Positive(value, field, string.Empty);

    private bool Positive(decimal value, FieldName field, string leaf)
    {
        if (value < 0)
        {
            Add(PatientFileIssueCodes.OutOfRange, field + leaf, string.Create(CultureInfo.InvariantCulture, $"{value} is negative"));
            return false;
        }

        return true;
    }

    /// <summary>Runs a typed factory and turns its range error into an issue.</summary>
    public T? Typed<T>(double? value, FieldName field, Func<double, T> factory)
        where T : struct
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return factory(value.Value);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            Add(PatientFileIssueCodes.OutOfRange, field, $"{value.Value.ToString(CultureInfo.InvariantCulture)} {FirstLine(ex.Message)}");
            return null;
        }
    }

    private static string FirstLine(string message) => message.Split(" (Parameter", 2)[0].Split('\n')[0].Trim();
}
