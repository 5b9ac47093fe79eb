using LamTrack.Fhir.Research;

namespace LamTrack.Fhir.Tests.Research;

public sealed class DeidentifierTests
{
    [Fact]
    public void SubjectFor_SamePatient_GivesSameStudyIdAndShift()
    {
        var deidentifier = Deidentifier.CreateRandom();
        Assert.Same(deidentifier.SubjectFor("case-1"), deidentifier.SubjectFor("case-1"));
    }

    [Fact]
    public void SubjectFor_ManyPatients_StudyIdsUniqueAndCarryNoPatientId()
    {
        var deidentifier = Deidentifier.CreateRandom();
        var subjects = Enumerable.Range(0, 5000).Select(i => (Id: $"case-{i}", Subject: deidentifier.SubjectFor($"case-{i}"))).ToList();
        Assert.Equal(subjects.Count, subjects.Select(s => s.Subject.StudyId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(subjects, s => Assert.Matches("^S[2-9A-HJ-NP-Z]{8}$", s.Subject.StudyId));
        Assert.DoesNotContain(subjects, s => s.Subject.StudyId.Contains(s.Id[5..], StringComparison.Ordinal) && s.Id.Length > 8);
    }

    [Fact]
    public void SubjectFor_ManyPatients_ShiftsNonZeroWithinBoundsAndVaried()
    {
        var deidentifier = Deidentifier.CreateRandom();
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

    private static readonly byte[] s_siteKey = [.. Enumerable.Range(1, 32).Select(i => (byte)(i * 7))];

    [Fact]
    public void CreateRandom_TwoExportsOfTheSamePatients_ShareNoStudyId()
    {
        string[] patients = [.. Enumerable.Range(0, 500).Select(i => $"case-{i}")];
        HashSet<string> first = StudyIds(Deidentifier.CreateRandom(), patients);
        HashSet<string> second = StudyIds(Deidentifier.CreateRandom(), patients);
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public void CreateKeyed_SameKey_GivesEveryPatientTheSameStudyIdAndShift()
    {
        var first = Deidentifier.CreateKeyed(s_siteKey);
        var second = Deidentifier.CreateKeyed(s_siteKey);
        Assert.All(Enumerable.Range(0, 200).Select(i => $"case-{i}"), id => Assert.Equal(first.SubjectFor(id), second.SubjectFor(id)));
    }

    [Fact]
    public void CreateKeyed_AnotherKey_SharesNoStudyId()
    {
        string[] patients = [.. Enumerable.Range(0, 500).Select(i => $"case-{i}")];
        byte[] otherKey = [.. s_siteKey];
        otherKey[0] ^= 1;
        Assert.Empty(StudyIds(Deidentifier.CreateKeyed(s_siteKey), patients).Intersect(StudyIds(Deidentifier.CreateKeyed(otherKey), patients)));
    }

    [Fact]
    public void CreateKeyed_ManyPatients_IdsUniqueAndShiftsNonZeroWithinBoundsAndSpread()
    {
        var deidentifier = Deidentifier.CreateKeyed(s_siteKey);
        var subjects = Enumerable.Range(0, 2000).Select(i => deidentifier.SubjectFor($"p{i}")).ToList();
        Assert.Equal(subjects.Count, subjects.Select(s => s.StudyId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(subjects, s => Assert.Matches("^S[2-9A-HJ-NP-Z]{8}$", s.StudyId));
        Assert.All(subjects, s => Assert.InRange(Math.Abs(s.DateShift.Days), 1, Deidentifier.MaximumShiftDays));
        Assert.True(subjects.Select(s => s.DateShift.Days).Distinct().Count() > 300, "shifts should spread over the range");
    }

    [Fact]
    public void CreateKeyed_ShortKey_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Deidentifier.CreateKeyed(new byte[16]));

    private static HashSet<string> StudyIds(Deidentifier deidentifier, IEnumerable<string> patients) =>
        [.. patients.Select(p => deidentifier.SubjectFor(p).StudyId)];
}
