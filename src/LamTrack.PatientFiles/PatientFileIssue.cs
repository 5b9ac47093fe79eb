namespace LamTrack.PatientFiles;

/// <summary>A problem found while reading patient files, with everything needed to find and fix it.</summary>
/// <param name="Code">Stable code (PF-xxx from <see cref="PatientFileIssueCodes"/> or a DOM-xxx domain code).</param>
/// <param name="File">The file, as given on the command line.</param>
/// <param name="Line">The line (JSON Lines record or JSON parse position), when known.</param>
/// <param name="PatientId">The patient, when known.</param>
/// <param name="EventId">The event, when the problem is in one.</param>
/// <param name="Field">The field at fault (a JSON path such as <c>events[3].compression.left</c>).</param>
/// <param name="Message">The reason.</param>
public sealed record PatientFileIssue(string Code, string File, long? Line, string? PatientId, string? EventId, string Field, string Message)
{
    /// <summary>The longest message, in characters; a longer one (a huge value quoted back) is cut.</summary>
    public const int MaxMessageChars = 400;

    /// <summary>The reason, cut to <see cref="MaxMessageChars"/> with the number of characters left out.</summary>
    public string Message { get; init; } = Message.Length <= MaxMessageChars
        ? Message
        : string.Concat(Message.AsSpan(0, MaxMessageChars), $"… ({Message.Length - MaxMessageChars:N0} more characters not shown)");

    /// <summary>One line: "file:line: patient P, event E, field F: message [CODE]".</summary>
    public override string ToString()
    {
        string where = Line is null ? File : $"{File}:{Line}";
        string patient = PatientId is null ? string.Empty : $" patient {PatientId},";
        string ev = EventId is null ? string.Empty : $" event {EventId},";
        return $"{where}:{patient}{ev} field {Field}: {Message} [{Code}]";
    }
}
