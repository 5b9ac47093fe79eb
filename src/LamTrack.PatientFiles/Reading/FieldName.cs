namespace LamTrack.PatientFiles.Reading;

/// <summary>A field's JSON path, joined only when an issue names it.</summary>
/// <remarks>Almost every field is valid: building "events[12].date" for each one would be most of the garbage of
/// reading a registry, so the two parts are kept apart until <see cref="ToString"/>.</remarks>
/// <param name="Parent">The path of the enclosing record, e.g. <c>events[12]</c>.</param>
/// <param name="Leaf">The rest, e.g. <c>.date</c>; empty when <paramref name="Parent"/> is the whole path.</param>
internal readonly record struct FieldName(string Parent, string Leaf)
{
    public static implicit operator FieldName(string path) => new(path, string.Empty);

    public static FieldName operator +(FieldName name, string suffix) => new(name.ToString(), suffix);

    public override string ToString() => Leaf.Length == 0 ? Parent : Parent + Leaf;
}
