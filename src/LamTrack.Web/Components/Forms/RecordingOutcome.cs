namespace LamTrack.Web.Components.Forms;

/// <summary>What saving a form did: saved at a new version, or refused with the reader's problems or a conflict.</summary>
public sealed record RecordingOutcome
{
    /// <summary>Whether the record was saved.</summary>
    public bool Saved { get; init; }

    /// <summary>The record's version after saving.</summary>
    public int Version { get; init; }

    /// <summary>Problems keyed by the form field they concern ("result.value").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldProblems { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Problems that concern no single field of the form.</summary>
    public IReadOnlyList<string> FormProblems { get; init; } = [];

    /// <summary>When someone saved the record first: what they changed, one line each; null when there was no conflict.</summary>
    public IReadOnlyList<string>? Conflict { get; init; }
}
