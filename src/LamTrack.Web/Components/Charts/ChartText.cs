using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace LamTrack.Web.Components.Charts;

/// <summary>Parsing and formatting of the small texts the chart controls exchange with the browser.</summary>
public static class ChartText
{
    /// <summary>An ISO day ("2016-03-14") from a date input, or null when empty or not a day.</summary>
    public static LocalDate? ParseDay(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text.Trim());
        return result.Success ? result.Value : null;
    }

    /// <summary>A day as ISO text.</summary>
    public static string Day(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
