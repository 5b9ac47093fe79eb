using Hl7.Fhir.Model;
using LamTrack.Fhir.Terminology;
using LamTrack.Fhir.Tests.RoundTrip;

namespace LamTrack.Fhir.Tests.Terminology;

public sealed class TerminologyResolverTests : IDisposable
{
    private static readonly TerminologyResolver s_table = TerminologyResolver.Default;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        foreach (TerminologyRow row in s_table.Rows)
        {
            data.Add(row.Code.System, row.Code.Code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Resolve_EveryRow_GivesItsConceptAndAnotherCodeDoesNot(string system, string code)
    {
        TerminologyRow row = s_table.Rows.First(r => r.Code.System == system && r.Code.Code == code);
        var concept = new CodeableConcept { Coding = [new Coding(system, code)], Text = row.TextMustName.Count > 0 ? row.TextMustName[0] : null };

        Assert.Equal(row.Concept, s_table.Resolve(concept)?.Concept);
        Assert.Null(s_table.Resolve(new CodeableConcept { Coding = [new Coding(system, code + "9")], Text = concept.Text }));
        Assert.Null(s_table.Resolve(new CodeableConcept { Coding = [new Coding(system + "/other", code)], Text = concept.Text }));
        Assert.True(s_table.Sources.ContainsKey(row.Source), $"{row.Code} cites '{row.Source}', which is not in the sources");
        Assert.Contains(row.Kind, (string[])["drug", "agent", "lab", "pft", "walk", "condition", "site", "procedure", "encounter", "interpretation"]);
    }

    [Fact]
    public void Rows_EachCodeOnce_AndRegistryRowsAreRegistryCodes()
    {
        Assert.Equal(s_table.Rows.Count, s_table.Rows.Select(r => r.Code.ToString()).Distinct(StringComparer.Ordinal).Count());
        Assert.All(s_table.Rows.Where(r => r.Code.System == CodeSystemUris.Registry),
            r => Assert.Contains(RegistryCodes.All, c => c.Code.Code == r.Code.Code));
    }

    [Fact]
    public void ExportCode_ConceptsLamTrackWrites_AreTheCodesOfTheExport()
    {
        Assert.Equal(RxNormCodes.Sirolimus.ToString(), s_table.ExportCode("drug:sirolimus")?.ToString());
        Assert.Equal(RegistryCodes.Rifampicin.ToString(), s_table.ExportCode("agent:rifampicin")?.ToString());
        Assert.Equal(RxNormCodes.Isoniazid.ToString(), s_table.ExportCode("agent:isoniazid")?.ToString());
        Assert.Equal([SnomedCodes.Lam.ToString(), Icd10CmCodes.Lam.ToString()], s_table.ExportCodes("condition:lam").Select(c => c.ToString()));
        Assert.Null(s_table.ExportCode("agent:clarithromycin")); // its RxNorm code is unverified, so export writes none
    }

    [Fact]
    public void Resolve_BroadIcd10WithoutTextNamingLam_IsNotLam()
    {
        var coding = new Coding("http://hl7.org/fhir/sid/icd-10", "J84.8", "Other specified interstitial pulmonary diseases");

        Assert.Null(s_table.Resolve(new CodeableConcept { Coding = [coding], Text = "Interstitial lung disease" }));
        Assert.Equal("condition:lam", s_table.Resolve(new CodeableConcept { Coding = [coding], Text = "LAM (lymphangioleiomyomatosis)" })?.Concept);
    }

    [Theory]
    [InlineData("rifampin", "agent:rifampicin")] // an alias in models/interactions.json
    [InlineData("Hypericum perforatum", "agent:st john's wort")] // a multi-word alias, any case
    [InlineData("ciclosporin", "agent:cyclosporine")] // the British spelling, an alias
    [InlineData("Rapamune", "drug:sirolimus")] // the brand, from the table's names
    [InlineData("metformin", null)] // not an interacting agent
    public void AgentOf_NameOrAlias_GivesTheInteractionTableAgent(string name, string? concept) =>
        Assert.Equal(concept, s_table.AgentOf(name));

    [Theory]
    [InlineData("Clarithromycin 500 mg tablet", "agent:clarithromycin")]
    [InlineData("RIFAMPIN 300MG CAP", "agent:rifampicin")]
    [InlineData("sirolimus oral solution 1 mg/mL", "drug:sirolimus")]
    [InlineData("everolimus 10 mg", null)] // everolimus is not sirolimus
    [InlineData("pre-rifampinx", null)] // not a whole word
    public void ConceptNamedIn_FreeText_FindsWholeWordNames(string text, string? concept) =>
        Assert.Equal(concept, s_table.ConceptNamedIn(text));

    [Fact]
    public void Load_RowWithUnknownEvidence_FailsNamingFileAndRow()
    {
        string folder = _temp.Sub("terminology");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "site.json"),
            """{"sources":{"s":"a source"},"rows":[{"system":"http://loinc.org","code":"1-8","display":"x","concept":"lab:x","evidence":"probably","source":"s"}]}""");

        var ex = Assert.Throws<InvalidDataException>(() => TerminologyResolver.Load(folder, null));

        Assert.Contains("site.json rows[0]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'probably'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SiteRowAdded_IsResolved()
    {
        string folder = _temp.Sub("terminology");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "terminology", "concepts.json"), Path.Combine(folder, "concepts.json"));
        File.WriteAllText(Path.Combine(folder, "site.json"),
            """{"sources":{"site":"local lab catalogue"},"rows":[{"system":"urn:oid:1.2.3","code":"SIRO","display":"Sirolimus level","concept":"lab:sirolimus","evidence":"unverified","source":"site"}]}""");

        TerminologyResolver table = TerminologyResolver.Load(folder, null);

        Assert.Equal("lab:sirolimus", table.Resolve("urn:oid:1.2.3", "SIRO")?.Concept);
        Assert.Null(TerminologyResolver.Default.Resolve("urn:oid:1.2.3", "SIRO"));
    }
}
