namespace LamTrack.Domain.Patients;

/// <summary>A consistency problem in a patient record, with a stable code and its location.</summary>
/// <param name="Code">Stable code from <see cref="DomainIssueCodes"/>.</param>
/// <param name="PatientId">The patient.</param>
/// <param name="EventId">The event, when the problem is in one.</param>
/// <param name="Field">The field at fault.</param>
/// <param name="Message">What is wrong, in words a data manager understands.</param>
public sealed record DomainIssue(string Code, string PatientId, string? EventId, string Field, string Message)
{
    /// <summary>"patient case-1, event c1-ptx2, field resolution: ...".</summary>
    public override string ToString() =>
        $"{Code} patient {PatientId}{(EventId is null ? string.Empty : $", event {EventId}")}, field {Field}: {Message}";
}
