using LamTrack.Fhir.Research;

namespace LamTrack.Fhir.Tests.Research;

public sealed class DeidentifierTests
{
    [Fact]
    public void SubjectFor_SamePatient_GivesSameStudyIdAndShift()
    {
        var deidentifier = new Deidentifier(new Random(7));
        Assert.Same(deidentifier.SubjectFor("case-1"), deidentifier.SubjectFor("case-1"));
    }

    [Fact]
    public void SubjectFor_ManyPatients_StudyIdsUniqueAndCarryNoPatientId()
    {
        var deidentifier = new Deidentifier(new Random(7));
        var subjects = Enumerable.Range(0, 5000).Select(i => (Id: $"case-{i}", Subject: deidentifier.SubjectFor($"case-{i}"))).ToList();
        Assert.Equal(subjects.Count, subjects.Select(s => s.Subject.StudyId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(subjects, s => Assert.Matches("^S[2-9A-HJ-NP-Z]{8}$", s.Subject.StudyId));
        Assert.DoesNotContain(subjects, s => s.Subject.StudyId.Contains(s.Id[5..], StringComparison.Ordinal) && s.Id.Length > 8);
    }

    [Fact]
    public void SubjectFor_ManyPatients_ShiftsNonZeroWithinBoundsAndVaried()
    {
        var deidentifier = new Deidentifier(new Random(11));
        var days = Enumerable.Range(0, 2000).Select(i => deidentifier.SubjectFor($"p{i}").DateShift.Days).ToList();
        Assert.DoesNotContain(0, days);
        Assert.All(days, d => Assert.InRange(Math.Abs(d), 1, Deidentifier.MaximumShiftDays));
        Assert.Contains(days, d => d < 0);
        Assert.Contains(days, d => d > 0);
        Assert.True(days.Distinct().Count() > 300, "shifts should spread over the range");
    }

    [Theory]
    [InlineData(33, "33")] // an ordinary age is kept
    [InlineData(89, "89")] // 89 is the oldest age reported as a number
    [InlineData(90, "90+")] // over 89 grouped (HIPAA Safe Harbor)
    [InlineData(104, "90+")] // very old ages are not distinguishable
    public void FormatAgeYears_Age_GroupsOver89(int years, string expected) =>
        Assert.Equal(expected, Deidentifier.FormatAgeYears(years));
}
