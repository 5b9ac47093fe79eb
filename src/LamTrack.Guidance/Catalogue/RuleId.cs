using System.Text.RegularExpressions;

namespace LamTrack.Guidance.Catalogue;

/// <summary>The permanent identifier of a guidance rule, such as <c>LAM-IND-001</c>.</summary>
/// <remarks>
/// Format <c>LAM-AAA-999</c>: an area code of two to four capitals and a three-digit number. An id is never reused
/// for a different rule; a changed rule keeps its id and gets a new version. The default value is invalid and
/// prints as an empty string.
/// </remarks>
public readonly partial record struct RuleId : IComparable<RuleId>
{
    private RuleId(string value) => Value = value;

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Creates an id from its text.</summary>
    /// <exception cref="ArgumentException">The text does not have the form <c>LAM-AAA-999</c>.</exception>
    public static RuleId Parse(string text) =>
        TryParse(text, out RuleId id) ? id : throw new ArgumentException($"'{text}' is not a rule id of the form LAM-AAA-999", nameof(text));

    /// <summary>Creates an id from its text without throwing.</summary>
    /// <returns><see langword="true"/> when the text has the form <c>LAM-AAA-999</c>.</returns>
    public static bool TryParse(string? text, out RuleId id)
    {
        bool ok = text is not null && Pattern().IsMatch(text);
        id = ok ? new RuleId(text!) : default;
        return ok;
    }

    /// <inheritdoc/>
    public int CompareTo(RuleId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Orders ids by their text.</summary>
    public static bool operator <(RuleId left, RuleId right) => left.CompareTo(right) < 0;

    /// <summary>Orders ids by their text.</summary>
    public static bool operator >(RuleId left, RuleId right) => left.CompareTo(right) > 0;

    /// <summary>Orders ids by their text.</summary>
    public static bool operator <=(RuleId left, RuleId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ids by their text.</summary>
    public static bool operator >=(RuleId left, RuleId right) => left.CompareTo(right) >= 0;

    /// <summary>The identifier text.</summary>
    public override string ToString() => Value ?? string.Empty;

    [GeneratedRegex("^LAM-[A-Z]{2,4}-[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
