using LamTrack.Fhir.Research;

namespace LamTrack.Fhir.Tests.Research;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("plain", "plain")] // nothing to quote
    [InlineData("a,b", "\"a,b\"")] // comma quoted
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")] // quotes doubled inside quotes
    [InlineData("two\nlines", "\"two\nlines\"")] // newline quoted
    [InlineData("", "")] // blank means missing
    public void Escape_Value_FollowsRfc4180(string value, string expected) => Assert.Equal(expected, CsvText.Escape(value));

    [Fact]
    public void WriteRow_LeadingBlankFields_KeepsEverySeparator()
    {
        var writer = new StringWriter();
        CsvText.WriteRow(writer, [null, "", "x"]);
        Assert.Equal(",,x\n", writer.ToString());
    }
}
