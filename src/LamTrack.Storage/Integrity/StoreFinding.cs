namespace LamTrack.Storage.Integrity;

/// <summary>One problem found by <see cref="StoreCheck"/>.</summary>
/// <param name="Code">The storage issue code (<see cref="Errors.StorageIssues"/>).</param>
/// <param name="Area">What was checked: <c>database</c>, <c>foreign-key</c>, <c>audit</c> or <c>patient</c>.</param>
/// <param name="Patient">The patient concerned, when there is one.</param>
/// <param name="Message">What is wrong.</param>
public sealed record StoreFinding(string Code, string Area, string? Patient, string Message)
{
    /// <summary>One line: "area [patient P]: message [CODE]".</summary>
    public override string ToString() =>
        Patient is null ? $"{Area}: {Message} [{Code}]" : $"{Area}: patient {Patient}: {Message} [{Code}]";
}
