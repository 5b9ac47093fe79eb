using Hl7.Fhir.Model;
using LamTrack.Domain.Dates;
using static LamTrack.Fhir.Mapping.LamTrackExtensions;
using DomainDate = LamTrack.Domain.Dates.ClinicalDate;

namespace LamTrack.Fhir.Mapping;

/// <summary>Maps LamTrack's clinical dates (a day, week, month, year or window, possibly approximate, with the source's
/// own words) to FHIR and back.</summary>
/// <remarks>
/// FHIR gets a standard value every system can read: a partial <c>dateTime</c> (YYYY, YYYY-MM, YYYY-MM-DD) for a
/// year, month or day, and a <c>Period</c> for a week or a window. The exact LamTrack date (its canonical text, the
/// approximate flag and the stated words) rides along in the <c>clinical-date</c> extension on that value, so a
/// LamTrack-to-LamTrack round trip loses nothing; a sender without the extension is read from the standard value.
/// </remarks>
internal static class ClinicalDateMapper
{
    public static DataType ToFhir(DomainDate date)
    {
        DataType value = date.Precision switch
        {
            DatePrecision.Day or DatePrecision.Month or DatePrecision.Year => new FhirDateTime(date.ToString()),
            _ => new Period { Start = Iso(date.Earliest), End = Iso(date.Latest) },
        };
        var detail = new Extension();
        detail.Extension.Add(new Extension(DateValue, new FhirString(date.ToString())));
        if (date.IsApproximate)
        {
            detail.Extension.Add(new Extension(Approximate, new FhirBoolean(true)));
        }

        if (date.Stated is not null)
        {
            detail.Extension.Add(new Extension(Stated, new FhirString(date.Stated)));
        }

        AddComplex(value, ClinicalDateName, detail);
        return value;
    }

    /// <summary>Reads a date; <paramref name="error"/> says why when it returns <see langword="null"/> for a value that is present.</summary>
    public static DomainDate? FromFhir(DataType? value, out string? error)
    {
        error = null;
        if (value is null)
        {
            return null;
        }

        Extension? detail = value.Extension.FirstOrDefault(e => e.Url == Url(ClinicalDateName));
        string? text = detail is null ? StandardText(value) : (detail.GetExtensionValue<FhirString>(DateValue))?.Value;
        if (!ClinicalDateParser.TryParse(text, out DomainDate? date, out error))
        {
            error = text is null ? $"a {value.TypeName} without a usable date" : error;
            return null;
        }

        return date with
        {
            IsApproximate = detail?.GetExtensionValue<FhirBoolean>(Approximate)?.Value ?? false,
            Stated = detail?.GetExtensionValue<FhirString>(Stated)?.Value,
        };
    }

    // Without the extension: a dateTime keeps its date part (time of day is not kept); a Period becomes a window.
    private static string? StandardText(DataType value) => value switch
    {
        FhirDateTime dt when dt.Value is { Length: >= 4 } v => v.Length > 10 ? v[..10] : v,
        Date d when d.Value is { Length: >= 4 } v => v,
        Period p when p.Start is { Length: >= 4 } && p.End is { Length: >= 4 } =>
            $"{DatePart(p.Start)}..{DatePart(p.End)}",
        Period p when p.Start is { Length: >= 4 } => DatePart(p.Start),
        _ => null,
    };

    private static string DatePart(string text) => text.Length > 10 ? text[..10] : text;

    private static string Iso(NodaTime.LocalDate day) => day.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
