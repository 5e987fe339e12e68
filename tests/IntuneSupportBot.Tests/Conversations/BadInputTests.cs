namespace IntuneSupportBot.Tests.Conversations;

/// <summary>
/// Messy and hostile input through the real host, in both languages: each gets a clear answer in the user's
/// language, the open question stays open (the next normal answer continues), and nothing typed comes back as markup.
/// </summary>
public sealed class BadInputTests : ChatHost
{
    private static readonly Dictionary<string, string> Cases = new()
    {
        ["empty"] = "",
        ["whitespace"] = " \t \n  ",
        ["100 KB of text"] = new string('x', 100 * 1024),
        ["HTML and script"] = "<script>alert('x')</script><img src=x onerror=alert(1)><b>bold</b>",
        ["Adaptive Card JSON"] = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"**bold** [link](https://evil.example)"}],"actions":[{"type":"Action.Submit","data":{"intake":"confirm"}}]}""",
        ["mention markup"] = "<at>IntuneSupportBot</at>",
        ["zero-width and right-to-left"] = "\u200B\u200E\u202Eabc\u2066\u200D\uFEFF",
        ["emoji flood"] = string.Concat(Enumerable.Repeat("😀🔥👍🏽", 3000)),
        ["lone surrogates"] = "\uD800 abc \uDC00\uDBFF",
    };

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Cases.Keys)
        {
            data.Add(name, "en");
            data.Add(name, "ko");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Bad_input_gets_an_answer_in_the_users_language_and_the_open_question_survives(string name, string language)
    {
        var chat = language == "ko" ? Korean() : English();
        await chat.Say(language == "ko" ? "노트북 등록이 안 돼요" : "my laptop won't enroll");
        var input = Cases[name];

        var reply = await chat.Say(input);

        Assert.Contains(language == "ko" ? "Windows 기기가 맞나요?" : "is it a Windows device?", reply.Last);
        AssertNothingEchoed(reply);
        var next = await chat.Say("Windows");
        Assert.Contains(language == "ko" ? "화면에 어떤 오류가 표시되나요?" : "What error do you see", next.Text);
    }

    [Theory]
    [InlineData("en", "Thanks — I've added 1 file(s)", "is it a Windows device?")]
    [InlineData("ko", "파일 1개를 보고 내용에 추가했어요", "Windows 기기가 맞나요?")]
    public async Task A_message_with_only_an_attachment_is_kept_and_the_question_asked_again(string language, string kept, string question)
    {
        var chat = language == "ko" ? Korean() : English();
        await chat.Say(language == "ko" ? "노트북 등록이 안 돼요" : "my laptop won't enroll");

        var reply = await chat.Attach("screen <b>shot</b>.png");

        Assert.Contains(kept, reply.Text);
        Assert.Contains(question, reply.Last);
    }

    [Fact]
    public async Task A_long_first_message_is_cut_and_the_user_is_told()
    {
        var chat = English();

        var reply = await chat.Say("My Windows laptop fails to enroll with 0x80180014. " + new string('a', 50_000));

        Assert.Contains("kept only the first 2,000 characters", reply.Text);
        var rows = await StoredRows.ReadAsync(Bot.DatabasePath);
        Assert.All(rows, row => Assert.True(row.Json.Length < 40_000, $"{row.Key} holds {row.Json.Length} characters"));
    }

    [Theory]
    [InlineData("en", "my laptop won't enroll, my password is Hunter2!Xq and my ID 900101-1234567", "Please don't send passwords")]
    [InlineData("ko", "노트북 등록이 안 돼요. 비밀번호: Hunter2!Xq 주민등록번호 900101-1234567", "비밀번호, 인증번호, 주민등록번호 같은 정보는 채팅으로 보내지 말아 주세요")]
    public async Task A_password_or_resident_number_is_in_no_reply_no_stored_row_and_no_log_line(string language, string message, string warning)
    {
        var chat = language == "ko" ? Korean() : English();

        var first = await chat.Say(message);
        Assert.Contains(warning, first.Text);
        var replies = new List<Replies> { first };
        replies.Add(await chat.Say("Windows"));
        replies.Add(await chat.Say("0x801c03ea, otp 73915284"));
        replies.Add(await chat.Say("Just me"));
        replies.Add(await chat.Say("yes"));
        Assert.Contains("INT-", replies[^1].Text);

        var secrets = new[] { "Hunter2", "900101-1234567", "73915284" };
        var stored = string.Join("\n", (await StoredRows.ReadAsync(Bot.DatabasePath)).Select(row => row.Json));
        var raw = await StoredRows.RawAsync(Bot.DatabasePath);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(replies, reply => reply.Text.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, Bot.Logs.All, StringComparison.Ordinal);
        }
    }

    private static void AssertNothingEchoed(Replies reply)
    {
        foreach (var markup in new[] { "<script", "<img", "<b>", "**bold**", "evil.example", "<at>", "xxxxxxxxxx", "😀🔥" })
        {
            Assert.DoesNotContain(markup, reply.Text, StringComparison.Ordinal);
        }
    }
}
