using System.Text.RegularExpressions;
using LamTrack.Fhir.Terminology;

namespace LamTrack.Fhir.Tests.Terminology;

public sealed class CodeTablesTests
{
    [Fact]
    public void All_SystemAndCode_AreUnique()
    {
        var duplicates = CodeTables.All.GroupBy(c => c.ToString()).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void All_SnomedCodes_AreSctIdsWithValidVerhoeffCheckDigit()
    {
        foreach (TerminologyCode code in CodeTables.All.Where(c => c.System == CodeSystemUris.Snomed))
        {
            Assert.Matches("^[1-9][0-9]{5,17}$", code.Code);
            Assert.True(VerhoeffValid(code.Code), $"{code.Code} fails the SNOMED CT Verhoeff check digit");
        }
    }

    [Fact]
    public void All_LoincCodes_HaveValidMod10CheckDigit()
    {
        foreach (TerminologyCode code in CodeTables.All.Where(c => c.System == CodeSystemUris.Loinc))
        {
            Match match = Regex.Match(code.Code, "^([0-9]{1,7})-([0-9])$");
            Assert.True(match.Success, code.Code);
            Assert.Equal(LoincCheckDigit(match.Groups[1].Value), match.Groups[2].Value[0] - '0');
        }
    }

    [Fact]
    public void All_DisplaysAreNotSnomedFullySpecifiedNames() =>
        Assert.DoesNotContain(CodeTables.All, c => c.Display.EndsWith(')') && c.System == CodeSystemUris.Snomed);

    [Fact]
    public void TryFind_KnownSystemAndCode_ReturnsTableEntry()
    {
        Assert.True(CodeTables.TryFind(CodeSystemUris.Loinc, "29247-4", out TerminologyCode? found));
        Assert.Same(LoincCodes.SirolimusBlood, found);
    }

    [Theory]
    [InlineData("http://loinc.org", "4022-0")] // some public code lists give this code for sirolimus; LamTrack writes 29247-4, Sirolimus [Mass/volume] in Blood [LOINC]
    [InlineData("http://snomed.info/sct", "29247-4")] // right code, wrong system
    [InlineData("http://loinc.org", "29247-4 ")] // codes are matched exactly, no trimming
    public void TryFind_UnknownPair_ReturnsFalse(string system, string code) =>
        Assert.False(CodeTables.TryFind(system, code, out _));

    [Fact]
    public void TryFind_ConceptWithUnknownThenKnownCoding_FindsKnownOne()
    {
        var concept = new Hl7.Fhir.Model.CodeableConcept
        {
            Coding = [new("http://example.org/local", "x"), new(CodeSystemUris.Snomed, "80423007", "Spontaneous pneumothorax (disorder)")],
        };
        Assert.True(CodeTables.TryFind(concept, out TerminologyCode? found));
        Assert.Same(SnomedCodes.SpontaneousPneumothorax, found);
    }

    // Verhoeff dihedral-group check (SNOMED CT SCTIDs end in a Verhoeff check digit).
    private static bool VerhoeffValid(string digits)
    {
        int[,] d =
        {
            { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 }, { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
            { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 }, { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
            { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 }, { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
            { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
        };
        int[,] p =
        {
            { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 }, { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
            { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 }, { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
            { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
        };
        int c = 0;
        for (int i = 0; i < digits.Length; i++)
        {
            c = d[c, p[i % 8, digits[digits.Length - 1 - i] - '0']];
        }

        return c == 0;
    }

    // LOINC mod-10 check digit: double every other digit from the right of the number part, sum the digits.
    private static int LoincCheckDigit(string number)
    {
        int sum = 0;
        for (int i = 0; i < number.Length; i++)
        {
            int digit = number[number.Length - 1 - i] - '0';
            int value = i % 2 == 0 ? digit * 2 : digit;
            sum += (value / 10) + (value % 10);
        }

        return (10 - (sum % 10)) % 10;
    }
}
