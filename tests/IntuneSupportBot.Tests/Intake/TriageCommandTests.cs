using System.Text.Json;
using IntuneSupportBot.Intake;
using IntuneSupportBot.Tests.Knowledge;

namespace IntuneSupportBot.Tests.Intake;

public sealed class TriageCommandTests
{
    [Fact]
    public async Task Each_input_line_gets_one_output_line_and_a_bad_line_in_the_middle_gets_an_error()
    {
        var input = string.Join('\n',
            """{"id":"a1","message":"Autopilot fails with 0x80180014 on a reused laptop"}""",
            """{"id":"b2","message":"this line is cut off""",
            """{"id":7,"message":42}""",
            "",
            """{"id":"c3","message":"회사 포털에서 등록이 안 돼요","locale":"ko-KR","followUps":["아이폰이에요","오류 코드 0x80CF0437"]}""",
            """{"id":"d4","message":"   "}""",
            """{"id":"e5","message":"아웃룩 메일이 안 와요"}""");
        var output = new StringWriter();

        var exit = await TriageCommand.RunAsync(["--catalog", TestCatalog.Path], new StringReader(input), output, CancellationToken.None);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(6, lines.Count);

        var first = lines[0];
        Assert.Equal("a1", first.GetProperty("id").GetString());
        Assert.Equal("windows", first.GetProperty("platform").GetString());
        Assert.Equal("autopilot", first.GetProperty("method").GetString());
        Assert.Equal(["0x80180014"], first.GetProperty("codes").EnumerateArray().Select(code => code.GetString()));
        Assert.Equal("win-autopilot-redeploy-80180014", first.GetProperty("knownIssueId").GetString());
        Assert.False(first.GetProperty("selfHelp").GetBoolean());
        Assert.Equal(2, first.GetProperty("tier").GetInt32());
        Assert.False(first.GetProperty("urgent").GetBoolean());
        Assert.False(first.GetProperty("manyAffected").GetBoolean());
        Assert.Equal(["known-issue"], first.GetProperty("reasons").EnumerateArray().Select(reason => reason.GetString()));

        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("id").ValueKind);
        Assert.StartsWith("not a valid input line", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(7, lines[2].GetProperty("id").GetInt32());
        Assert.True(lines[2].TryGetProperty("error", out _));

        var followedUp = lines[3];
        Assert.Equal("c3", followedUp.GetProperty("id").GetString());
        Assert.Equal("ios", followedUp.GetProperty("platform").GetString());
        Assert.Equal("company-portal", followedUp.GetProperty("method").GetString());
        Assert.Equal("any-device-clock-wrong", followedUp.GetProperty("knownIssueId").GetString());
        Assert.True(followedUp.GetProperty("selfHelp").GetBoolean());

        Assert.Equal("\"message\" is required", lines[4].GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, lines[5].GetProperty("tier").ValueKind);
        Assert.Equal(["out-of-scope-email"], lines[5].GetProperty("reasons").EnumerateArray().Select(reason => reason.GetString()));
    }

    [Fact]
    public async Task A_file_argument_is_read_instead_of_the_input()
    {
        var path = Path.Combine(Path.GetTempPath(), $"triage-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, """{"id":"f1","message":"0x80180014, 우리 팀 전체가 안 돼요"}""" + "\n");
        try
        {
            var output = new StringWriter();

            var exit = await TriageCommand.RunAsync(["triage", "--catalog", TestCatalog.Path, path], new StringReader("not read"), output, CancellationToken.None);

            Assert.Equal(0, exit);
            var line = JsonDocument.Parse(output.ToString()).RootElement;
            Assert.Equal("f1", line.GetProperty("id").GetString());
            Assert.True(line.GetProperty("manyAffected").GetBoolean());
            Assert.Equal(3, line.GetProperty("tier").GetInt32());
            Assert.Equal(JsonValueKind.Null, line.GetProperty("knownIssueId").ValueKind);
            Assert.Equal(
                ["known-issue-ambiguous", "unknown-many-affected", "many-affected"],
                line.GetProperty("reasons").EnumerateArray().Select(reason => reason.GetString()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_missing_input_file_exits_with_2_and_says_so_on_stderr()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.jsonl");

        var exit = await TriageCommand.RunAsync(["--catalog", TestCatalog.Path, path], new StringReader(""), output, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Empty(output.ToString());
        Assert.Contains(path, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_catalog_exits_with_2_and_names_the_problem()
    {
        var catalog = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(catalog, """{"version":1,"issues":[]}""");
        try
        {
            var error = new StringWriter();

            var exit = await TriageCommand.RunAsync(["--catalog", catalog], new StringReader(""), new StringWriter(), error, CancellationToken.None);

            Assert.Equal(2, exit);
            Assert.Contains("has no \"issues\"", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(catalog);
        }
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var error = new StringWriter();

        var exit = await TriageCommand.RunAsync(["--fast"], new StringReader(""), new StringWriter(), error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("usage: triage", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_an_id_is_escaped_in_the_output()
    {
        var output = new StringWriter();

        await TriageCommand.RunAsync(["--catalog", TestCatalog.Path], new StringReader("""{"id":"<b>x</b>","message":"help"}"""), output, CancellationToken.None);

        Assert.DoesNotContain("<b>", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("<b>x</b>", JsonDocument.Parse(output.ToString()).RootElement.GetProperty("id").GetString());
    }
}
