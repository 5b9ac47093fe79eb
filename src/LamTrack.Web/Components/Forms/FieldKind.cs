namespace LamTrack.Web.Components.Forms;

/// <summary>How a form field is entered and written into the event's JSON.</summary>
public enum FieldKind
{
    /// <summary>Free text, written as a JSON string.</summary>
    Text,

    /// <summary>A date in the file notation (day, ISO week, month, year, or a window "a..b"), written as a string.</summary>
    Date,

    /// <summary>A number, written as a JSON number; text that is not a number is kept as text so the reader reports it.</summary>
    Number,

    /// <summary>One of a fixed list of words, written as a string.</summary>
    Choice,

    /// <summary>Yes or no, written as a JSON boolean.</summary>
    Flag,

    /// <summary>A comma-separated list, written as an array of strings.</summary>
    List,
}
