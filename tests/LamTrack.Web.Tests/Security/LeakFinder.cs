using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace LamTrack.Web.Tests.Security;

/// <summary>Finds the values of <see cref="SyntheticCohort"/> in a text: a distinctive word, or a true date in any common spelling.</summary>
public static partial class LeakFinder
{
    /// <summary>Every distinctive value and true date <paramref name="text"/> contains, as found.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        var found = new List<string>();
        found.AddRange(SyntheticCohort.DistinctiveTexts().Where(v => text.Contains(v, StringComparison.OrdinalIgnoreCase)));
        found.AddRange(SyntheticCohort.TrueDates().SelectMany(SyntheticCohort.Spellings).Where(s => text.Contains(s, StringComparison.OrdinalIgnoreCase)));
        found.AddRange(IsoDates(text).Where(d => SyntheticCohort.TrueDates().Contains(d)).Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return [.. found.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Every ISO calendar date written in <paramref name="text"/>.</summary>
    public static IEnumerable<LocalDate> IsoDates(string text) =>
        IsoDate().Matches(text).Select(m => LocalDatePattern.Iso.Parse(m.Value)).Where(r => r.Success).Select(r => r.Value);

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();
}
