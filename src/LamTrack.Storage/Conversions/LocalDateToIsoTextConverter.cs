using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace LamTrack.Storage.Conversions;

/// <summary>Stores a NodaTime <see cref="LocalDate"/> as ISO 8601 text, <c>uuuu-MM-dd</c>, in the ISO calendar.</summary>
/// <remarks>
/// Text keeps the column readable in any SQL tool, and ISO dates of years 0001–9999 sort as text in date
/// order. Dates in another calendar are converted to ISO first, so what comes back is always ISO.
/// </remarks>
public sealed class LocalDateToIsoTextConverter : ValueConverter<LocalDate, string>
{
    /// <summary>Creates the converter.</summary>
    public LocalDateToIsoTextConverter()
        : base(date => Format(date), text => Parse(text))
    {
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date.WithCalendar(CalendarSystem.Iso));

    private static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
